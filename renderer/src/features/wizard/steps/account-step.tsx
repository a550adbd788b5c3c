import { FormCheckbox } from '@renderer/components/form-checkbox';
import { FormInput } from '@renderer/components/form-input';
import { FormSelect } from '@renderer/components/form-select';
import { digitsToE164 } from '@shared/numbers/nanp';
import { tidyPostalCode } from '@shared/order/postal-code';
import { regionsByCountry } from '@shared/order/regions';
import { accountWarnings } from '@shared/order/rules/account-rules';
import type { Order } from '@shared/schemas/order';
import type { AccountAnswers } from '@shared/schemas/order-answers';
import { useState } from 'react';

import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';
import { CarrierPinField } from './carrier-pin-field';

type AccountForm = AccountAnswers & { carrierPin: string };

/** Account information, exactly as on the carrier's customer service record; the address fields follow the country. */
export function AccountStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm<'account', AccountForm>('account', order, {
    extra: { carrierPin: '' },
    toAnswers: ({ carrierPin: _secret, ...answers }) => answers,
  });
  const { control } = form;
  const [tidied, setTidied] = useState<Partial<Record<'accountNumber' | 'btn', string>>>({});
  const values = form.watch();
  const warnings = Object.fromEntries(accountWarnings(values).map((w) => [w.field, w.message]));
  const country = order.answers.location.country;
  const isCanada = country === 'CA';
  const regions =
    country === ''
      ? []
      : Object.entries(regionsByCountry[country]).map(([value, name]) => ({ value, label: name }));

  const tidy = (
    field: 'accountNumber' | 'btn',
    value: string,
    clean: string | undefined,
    notice: string,
  ) => {
    if (clean === undefined || clean === value) return;
    form.setValue(field, clean, { shouldDirty: true, shouldValidate: true });
    setTidied((t) => ({ ...t, [field]: notice }));
  };

  return (
    <>
      <StepSection title="Current carrier">
        <FormInput
          control={control}
          name="orderName"
          maxLength={80}
          label="Order name"
          required
          hint="Your own label for this order."
        />
        <FormInput
          control={control}
          name="carrierName"
          maxLength={100}
          label="Current carrier"
          required
          autoComplete="off"
        />
        <FormInput
          control={control}
          name="accountNumber"
          maxLength={60}
          label="Account number"
          required
          hint={tidied.accountNumber ?? 'As on the bill, without spaces or dashes.'}
          onTidy={(v) =>
            tidy(
              'accountNumber',
              v,
              v.replace(/[\s\-‐-―]/g, ''),
              'PortDesk removed the spaces and dashes.',
            )
          }
        />
        <FormInput
          control={control}
          name="btn"
          maxLength={30}
          label="Billing telephone number (BTN)"
          required
          placeholder="+14258820100"
          hint={tidied.btn ?? 'The main number on the bill, as +1 and 10 digits.'}
          onTidy={(v) =>
            tidy('btn', v, digitsToE164(v), `PortDesk wrote it as ${digitsToE164(v) ?? ''}.`)
          }
        />
      </StepSection>
      <StepSection title="PIN to unblock numbers" grid={false}>
        <FormCheckbox
          control={control}
          name="includesMobile"
          label="Some of these numbers are mobile numbers"
          // Mobile numbers always need the PIN, so the carrier's requirement follows.
          onChecked={(checked) => checked && form.setValue('carrierNeedsPin', true)}
        />
        <FormCheckbox
          control={control}
          name="carrierNeedsPin"
          label="The current carrier requires a PIN to release the numbers"
          disabled={values.includesMobile}
        />
        {values.carrierNeedsPin || values.includesMobile ? (
          <CarrierPinField form={form} order={order} />
        ) : null}
      </StepSection>
      <StepSection title="Company and authorizing person">
        <FormInput
          control={control}
          name="companyName"
          maxLength={100}
          label="Company name"
          required
          hint="Exactly as on the carrier's record."
          warning={warnings.companyName}
        />
        <FormInput
          control={control}
          name="authName"
          maxLength={100}
          label="Authorizing person"
          required
          autoComplete="name"
          warning={warnings.authName}
        />
        <FormInput
          control={control}
          name="authTitle"
          maxLength={100}
          label="Job title"
          required
          autoComplete="organization-title"
        />
        <FormInput
          control={control}
          name="authPhone"
          maxLength={30}
          label="Phone"
          required
          autoComplete="tel"
          type="tel"
        />
        <FormInput
          control={control}
          name="authEmail"
          maxLength={254}
          label="E-mail"
          required
          autoComplete="email"
          type="email"
        />
      </StepSection>
      <StepSection title="Service address">
        <FormInput
          control={control}
          name="street"
          maxLength={200}
          label="Street"
          required
          autoComplete="address-line1"
          hint="Where the numbers are in service, not the billing address."
        />
        <FormInput
          control={control}
          name="city"
          maxLength={100}
          label="City"
          required
          autoComplete="address-level2"
        />
        <FormSelect
          control={control}
          name="region"
          label={isCanada ? 'Province or territory' : 'State'}
          placeholder={
            country === ''
              ? 'Choose the country first'
              : isCanada
                ? 'Choose a province'
                : 'Choose a state'
          }
          options={regions}
          autoComplete="address-level1"
        />
        <FormInput
          control={control}
          name="postalCode"
          maxLength={10}
          label={isCanada ? 'Postal code' : 'ZIP code'}
          required
          autoComplete="postal-code"
          placeholder={isCanada ? 'A1A 1A1' : '98052'}
          onTidy={(v) => {
            const tidied = tidyPostalCode(country, v);
            if (tidied !== v)
              form.setValue('postalCode', tidied, { shouldDirty: true, shouldValidate: true });
          }}
        />
      </StepSection>
      <StepSection title="Notifications" grid={false}>
        <FormInput
          control={control}
          name="notificationEmails"
          maxLength={2000}
          label="Notification e-mails"
          required
          hint="People told of the order's progress. Separate addresses with ; (semicolon)."
        />
      </StepSection>
    </>
  );
}
