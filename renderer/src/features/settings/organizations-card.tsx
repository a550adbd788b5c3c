import {
  Button,
  Card,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { api } from '@renderer/api';
import { showApiError } from '@renderer/components/api-error-to-form';
import { FormInput } from '@renderer/components/form-input';
import { FormStatus } from '@renderer/components/form-status';
import { accountFieldLabels, postalCodeLabel, regionLabel } from '@shared/order/field-labels';
import { type Country, countryWords } from '@shared/schemas/country';
import {
  type Organization,
  type OrganizationInput,
  organizationInputSchema,
  type OrganizationList,
} from '@shared/schemas/organization';
import { useEffect, useState } from 'react';
import { Controller, type Path, useForm } from 'react-hook-form';

const useStyles = makeStyles({
  card: {
    maxWidth: '72ch',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

const blank: OrganizationInput = {
  name: '',
  country: 'US',
  street: '',
  city: '',
  region: '',
  postalCode: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

const textFields: {
  name: Path<OrganizationInput>;
  label: (country: Country) => string;
  autoComplete?: string;
}[] = [
  { name: 'street', label: () => accountFieldLabels.street, autoComplete: 'address-line1' },
  { name: 'city', label: () => accountFieldLabels.city, autoComplete: 'address-level2' },
  { name: 'region', label: regionLabel, autoComplete: 'address-level1' },
  { name: 'postalCode', label: postalCodeLabel, autoComplete: 'postal-code' },
  { name: 'contactName', label: () => 'Main contact', autoComplete: 'name' },
  { name: 'contactEmail', label: () => 'Contact e-mail', autoComplete: 'email' },
  { name: 'contactPhone', label: () => 'Contact phone', autoComplete: 'tel' },
];
const allFields = [
  'name',
  'country',
  ...textFields.map((f) => f.name),
] as Path<OrganizationInput>[];

function toInput(org: Organization | undefined): OrganizationInput {
  return org ? { ...org } : blank;
}

/** Organizations: their details prefill new port orders; the active one owns the PIN and the orders. */
export function OrganizationsCard(): React.JSX.Element {
  const styles = useStyles();
  const [list, setList] = useState<OrganizationList>({ organizations: [] });
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const form = useForm<OrganizationInput>({
    resolver: zodResolver(organizationInputSchema),
    defaultValues: blank,
  });
  const active = list.organizations.find((o) => o.id === list.activeId);
  const country = form.watch('country');

  useEffect(() => {
    void api.listOrganizations().then((loaded) => {
      setList(loaded);
      form.reset(toInput(loaded.organizations.find((o) => o.id === loaded.activeId)));
    });
  }, [form]);

  const show = (next: OrganizationList, message: string) => {
    setList(next);
    setAdding(false);
    form.reset(toInput(next.organizations.find((o) => o.id === next.activeId)));
    setStatus(message);
  };
  const save = form.handleSubmit(async (values) => {
    try {
      const id = adding ? undefined : active?.id;
      show(await api.saveOrganization({ ...values, id }), `Saved ${values.name}.`);
    } catch (error) {
      showApiError(form.setError, allFields, error);
    }
  });

  return (
    <Card className={styles.card}>
      <Subtitle2 as="h2">Organizations</Subtitle2>
      {list.organizations.length > 0 ? (
        <div className={styles.row}>
          <Field label="Active organization">
            <Dropdown
              value={adding ? 'New organization' : (active?.name ?? '')}
              selectedOptions={active ? [active.id] : []}
              onOptionSelect={(_e, data) => {
                if (data.optionValue)
                  void api.activateOrganization({ id: data.optionValue }).then((n) => show(n, ''));
              }}
            >
              {list.organizations.map((o) => (
                <Option key={o.id} value={o.id} text={o.name}>
                  {`${o.name} (${countryWords[o.country].name})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button
            icon={<AddRegular />}
            onClick={() => {
              setAdding(true);
              setStatus('');
              form.reset({ ...blank, country: active?.country ?? 'US' });
            }}
          >
            Add organization
          </Button>
        </div>
      ) : (
        <Text>Add the organization you port numbers for. Its details fill in new port orders.</Text>
      )}
      <form
        onSubmit={(e) => void save(e)}
        noValidate
        className={styles.card}
        aria-label="Organization details"
      >
        <FormInput
          control={form.control}
          name="name"
          label="Organization name"
          required
          autoComplete="organization"
        />
        <Controller
          name="country"
          control={form.control}
          render={({ field }) => (
            <Field
              label="Country or region"
              validationMessage={form.formState.errors.country?.message}
            >
              <RadioGroup
                layout="horizontal"
                value={field.value}
                onChange={(_e, data) => field.onChange(data.value)}
              >
                <Radio value="US" label={countryWords.US.name} />
                <Radio value="CA" label={countryWords.CA.name} />
              </RadioGroup>
            </Field>
          )}
        />
        <Text size={200}>
          Default service address: the address on the carrier&apos;s record, not the billing
          address.
        </Text>
        <div className={styles.grid}>
          {textFields.map(({ name, label, autoComplete }) => (
            <FormInput
              key={name}
              control={form.control}
              name={name}
              label={label(country)}
              autoComplete={autoComplete}
            />
          ))}
        </div>
        <div className={styles.row}>
          <Button appearance="primary" type="submit">
            {!active ? 'Add organization' : adding ? 'Save new organization' : 'Save organization'}
          </Button>
          {adding ? <Button onClick={() => show(list, '')}>Cancel</Button> : null}
        </div>
        <FormStatus error={form.formState.errors.root?.message} message={status} />
      </form>
    </Card>
  );
}
