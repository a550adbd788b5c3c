import { digitsToE164 } from '../numbers/nanp';
import { accountFieldLabels, postalCodeLabel, regionLabel } from '../order/field-labels';
import type { Country } from '../schemas/country';
import type { OrderAnswers } from '../schemas/order-answers';
import type { CarrierRecordOrderView, FindingField } from './types';

/** What the comparison reads from an order's answers. */
export function carrierRecordOrderView(answers: OrderAnswers): CarrierRecordOrderView {
  const { account, location, numbers } = answers;
  return {
    country: location.country,
    accountNumber: account.accountNumber,
    btn: digitsToE164(account.btn) ?? account.btn,
    companyName: account.companyName,
    authorizedName: account.authName,
    serviceAddress: {
      street: account.street,
      city: account.city,
      region: account.region,
      postalCode: account.postalCode,
    },
    portType: numbers.portType,
  };
}

/** The account answers a carrier's record speaks to. */
export type ComparedAccountField =
  | 'accountNumber'
  | 'btn'
  | 'companyName'
  | 'authName'
  | 'street'
  | 'city'
  | 'region'
  | 'postalCode';
type AccountField = ComparedAccountField;

const accountFields: Partial<Record<FindingField, AccountField>> = {
  accountNumber: 'accountNumber',
  btn: 'btn',
  companyName: 'companyName',
  authorizedName: 'authName',
  'serviceAddress.street': 'street',
  'serviceAddress.city': 'city',
  'serviceAddress.region': 'region',
  'serviceAddress.postalCode': 'postalCode',
};

/** The account answer a finding's field is, where the carrier's wording can be taken into it. */
export function accountFieldOf(field: string): AccountField | undefined {
  return Object.hasOwn(accountFields, field) ? accountFields[field as FindingField] : undefined;
}

/** An account answer's label as the wizard shows it (the region and postal code by country). */
export function comparedFieldLabel(field: ComparedAccountField, country: Country | ''): string {
  if (field === 'region') return regionLabel(country);
  if (field === 'postalCode') return postalCodeLabel(country);
  return accountFieldLabels[field];
}
