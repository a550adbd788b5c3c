import { FormCheckbox } from '@renderer/components/form-checkbox';
import { FormInput } from '@renderer/components/form-input';
import { FormSelect } from '@renderer/components/form-select';
import { accountFieldLabels, postalCodeLabel, regionLabel } from '@shared/order/field-labels';
import { tidyPostalCode } from '@shared/order/postal-code';
import { regionsByCountry } from '@shared/order/regions';
import { accountWarnings } from '@shared/order/rules/account-rules';
import type { Order } from '@shared/schemas/order';
import { type AccountAnswers, accountMaxLengths } from '@shared/schemas/order-answers';
import { useState } from 'react';

import { OrganizationAddressNotice } from '../organization-address-notice';
import { StepSection } from '../step-section';
import { useStepForm } from '../use-step-form';
import { CarrierPinField } from './carrier-pin-field';
import { SameAccountNotice } from './same-account-notice';

type AccountForm = AccountAnswers & { carrierPin: string };

/** Account information, exactly as on the carrier's customer service record; the address fields follow the country. */
export function AccountStep({ order }: { order: Order }): React.JSX.Element {
  const form = useStepForm<'account', AccountForm>('account', order, {
    extra: { carrierPin: '' },
    toAnswers: ({ carrierPin: _secret, ...answers }) => answers,
  });
  const { control } = form;
  const [tidied, setTidied] = useState<Partial<Record<'accountNumber', string>>>({});
  const values = form.watch();
  const warnings = Object.fromEntries(accountWarnings(values).map((w) => [w.field, w.message]));
  const country = order.answers.getStarted.country;
  const mobile = order.answers.numbers.includesMobile;
  const isCanada = country === 'CA';
  const regions =
    country === ''
      ? []
      : Object.entries(regionsByCountry[country]).map(([value, name]) => ({ value, label: name }));

  const tidy = (
    field: 'accountNumber',
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
      {/* Today's admin center's order: the organization's name first, then its provider and account. */}
      <StepSection title="Company">
        <FormInput
          control={control}
          name="companyName"
          maxLength={accountMaxLengths.companyName}
          label={accountFieldLabels.companyName}
          required
          hint="Exactly as on the carrier's record."
          warning={warnings.companyName}
        />
      </StepSection>
      <StepSection title="Current carrier">
        <FormInput
          control={control}
          name="carrierName"
          maxLength={accountMaxLengths.carrierName}
          label={accountFieldLabels.carrierName}
          required
          autoComplete="off"
        />
        <FormInput
          control={control}
          name="accountNumber"
          maxLength={accountMaxLengths.accountNumber}
          label={accountFieldLabels.accountNumber}
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
      </StepSection>
      <SameAccountNotice orderId={order.id} accountNumber={values.accountNumber} />
      <StepSection title="Account PIN" grid={false}>
        <FormCheckbox
          control={control}
          name="carrierNeedsPin"
          label={
            mobile
              ? 'The current carrier requires a PIN to release the numbers (mobile numbers always do)'
              : 'The current carrier requires a PIN to release the numbers'
          }
        />
        {values.carrierNeedsPin || mobile ? <CarrierPinField form={form} order={order} /> : null}
      </StepSection>
      <StepSection title="The authorized user (one person, who stays the same during the port)">
        <FormInput
          control={control}
          name="authName"
          maxLength={accountMaxLengths.authName}
          label={accountFieldLabels.authName}
          required
          autoComplete="name"
          warning={warnings.authName}
        />
        <FormInput
          control={control}
          name="authTitle"
          maxLength={accountMaxLengths.authTitle}
          label={accountFieldLabels.authTitle}
          required
          autoComplete="organization-title"
        />
        <FormInput
          control={control}
          name="authPhone"
          maxLength={accountMaxLengths.authPhone}
          label={accountFieldLabels.authPhone}
          required
          autoComplete="tel"
          type="tel"
        />
        <FormInput
          control={control}
          name="authEmail"
          maxLength={accountMaxLengths.authEmail}
          label={accountFieldLabels.authEmail}
          required
          autoComplete="email"
          type="email"
        />
      </StepSection>
      {/* Issue 13: why the organization's address is not here (another country). */}
      <OrganizationAddressNotice order={order} address={values} />
      <StepSection title="Service address">
        <FormInput
          control={control}
          name="street"
          maxLength={accountMaxLengths.street}
          label={accountFieldLabels.street}
          required
          autoComplete="address-line1"
          hint="Where the numbers are in service, not the billing address."
        />
        <FormInput
          control={control}
          name="city"
          maxLength={accountMaxLengths.city}
          label={accountFieldLabels.city}
          required
          autoComplete="address-level2"
        />
        <FormSelect
          control={control}
          name="region"
          label={regionLabel(country)}
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
          maxLength={accountMaxLengths.postalCode}
          label={postalCodeLabel(country)}
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
    </>
  );
}
