import type { Country } from '../schemas/country';

/** The account answers as the wizard names them: its form, Review, the rules' messages, main's messages. */
export const accountFieldLabels = {
  orderName: 'Order name',
  requester: 'Requester',
  carrierName: 'Current carrier',
  accountNumber: 'Account number',
  btn: 'Billing telephone number (BTN)',
  replacementBtn: 'Replacement BTN',
  carrierPin: 'Carrier PIN',
  companyName: 'Company name',
  authName: 'Authorized user',
  authTitle: 'Job title',
  authPhone: 'Phone',
  authEmail: 'E-mail',
  street: 'Street',
  city: 'City',
  notificationEmails: 'Notification e-mails',
} as const;

/** Where a label starts a message or a row of Review, the BTN goes by its initials. */
export const shortFieldLabels = { ...accountFieldLabels, btn: 'BTN' } as const;

/** The service address's state or province, as the order's country calls it. */
export function regionLabel(country: Country | ''): string {
  return country === 'CA' ? 'Province or territory' : 'State';
}

/** The service address's ZIP or postal code, as the order's country calls it. */
export function postalCodeLabel(country: Country | ''): string {
  return country === 'CA' ? 'Postal code' : 'ZIP code';
}
