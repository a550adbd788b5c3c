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
import { FormSelect } from '@renderer/components/form-select';
import { FormStatus } from '@renderer/components/form-status';
import { sentence } from '@renderer/components/sentence';
import { accountFieldLabels, postalCodeLabel, regionLabel } from '@shared/order/field-labels';
import { tidyPostalCode } from '@shared/order/postal-code';
import { regionChoices } from '@shared/order/rules/region-rule';
import { type Country, countryWords } from '@shared/schemas/country';
import {
  type Organization,
  type OrganizationInput,
  organizationInputSchema,
  type OrganizationList,
} from '@shared/schemas/organization';
import { useCallback, useEffect, useState } from 'react';
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
    alignItems: 'start',
    // A long choice (a state as saved, with its note) must not widen its column over the next.
    '& > *': { minWidth: 0 },
    '& select': { textOverflow: 'ellipsis', minWidth: 0 },
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

const addressFields: {
  name: Path<OrganizationInput>;
  label: (country: Country) => string;
  autoComplete?: string;
}[] = [
  { name: 'street', label: () => accountFieldLabels.street, autoComplete: 'address-line1' },
  { name: 'city', label: () => accountFieldLabels.city, autoComplete: 'address-level2' },
];
const contactFields: typeof addressFields = [
  { name: 'contactName', label: () => 'Main contact', autoComplete: 'name' },
  { name: 'contactEmail', label: () => 'Contact e-mail', autoComplete: 'email' },
  { name: 'contactPhone', label: () => 'Contact phone', autoComplete: 'tel' },
];
const allFields = [
  'name',
  'country',
  ...addressFields.map((f) => f.name),
  'region',
  'postalCode',
  ...contactFields.map((f) => f.name),
] as Path<OrganizationInput>[];

/**
 * The country's states or provinces; a value saved before the list was the rule (typed
 * "Washington", or a province under a US organization) stays shown as saved, so nothing
 * is lost, and the field's error asks for a choice from the list.
 */
function regionOptions(country: Country, saved: string): { value: string; label: string }[] {
  const choices = regionChoices(country);
  if (saved === '' || choices.some((c) => c.value === saved)) return choices;
  return [{ value: saved, label: `${saved} (as saved)` }, ...choices];
}

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
  const region = form.watch('region');

  /** Shows an organization; one saved before today's rules shows what to fix at each field. */
  const open = useCallback(
    (org: Organization | undefined) => {
      form.reset(toInput(org));
      if (org && !organizationInputSchema.safeParse(org).success) {
        void form.trigger();
        setStatus(
          'Some details of this organization were saved before today’s rules: fix the fields marked above, then save.',
        );
      }
    },
    [form],
  );

  useEffect(() => {
    void api.listOrganizations().then((loaded) => {
      setList(loaded);
      open(loaded.organizations.find((o) => o.id === loaded.activeId));
    });
  }, [open]);

  const show = (next: OrganizationList, message: string) => {
    setList(next);
    setAdding(false);
    setStatus(message);
    open(next.organizations.find((o) => o.id === next.activeId));
  };
  const save = form.handleSubmit(
    async (values) => {
      setStatus('');
      try {
        const id = adding ? undefined : active?.id;
        show(await api.saveOrganization({ ...values, id }), sentence(`Saved ${values.name}`));
      } catch (error) {
        showApiError(form.setError, allFields, error);
      }
    },
    // A refused save must not leave "Saved …" from the last one under the new errors.
    () => setStatus(''),
  );

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
          {addressFields.map(({ name, label, autoComplete }) => (
            <FormInput
              key={name}
              control={form.control}
              name={name}
              label={label(country)}
              autoComplete={autoComplete}
            />
          ))}
          <FormSelect
            control={form.control}
            name="region"
            label={regionLabel(country)}
            required={false}
            placeholder={country === 'CA' ? 'Choose a province' : 'Choose a state'}
            options={regionOptions(country, region)}
            autoComplete="address-level1"
          />
          <FormInput
            control={form.control}
            name="postalCode"
            label={postalCodeLabel(country)}
            autoComplete="postal-code"
            onTidy={(value) => {
              const tidied = tidyPostalCode(country, value);
              if (tidied !== value)
                form.setValue('postalCode', tidied, { shouldDirty: true, shouldValidate: true });
            }}
          />
          {contactFields.map(({ name, label, autoComplete }) => (
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
