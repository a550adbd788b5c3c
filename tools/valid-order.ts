import { earliestTransferDate, toIsoDate } from '@shared/calendar/business-days';
import {
  checklistItemIds,
  loaStatementIds,
  type OrderAnswers,
} from '@shared/schemas/order-answers';

export const validAccount: OrderAnswers['account'] = {
  orderName: 'Seattle main office',
  carrierName: 'Northwind Telecom',
  accountNumber: 'NW12345678',
  btn: '+14258820100',
  carrierNeedsPin: false,
  includesMobile: false,
  companyName: 'Contoso',
  authName: 'Dana Whitfield',
  authTitle: 'IT Director',
  authPhone: '(425) 555-0100',
  authEmail: 'dana@contoso.com',
  street: '1 Main St',
  city: 'Seattle',
  region: 'WA',
  postalCode: '98101',
  notificationEmails: 'dana@contoso.com; it@contoso.com',
};

/** Every step answered so that the shared rules pass on `today`. */
export function validAnswers(today: Date): OrderAnswers {
  return {
    getStarted: { checklist: [...checklistItemIds] },
    location: { country: 'US', numberType: 'geographic', assignedTo: 'users' },
    account: validAccount,
    numbers: { portType: 'full', leftBehind: '' },
    transfer: { desiredDate: toIsoDate(earliestTransferDate(today)), startTime: '09:00' },
    loa: { statements: [...loaStatementIds], signature: 'Dana Whitfield' },
  };
}

/** The valid order's numbers: the BTN and one more, one a line as the list keeps them. */
export const validNumbersSource = '+14258820100\n(425) 882-0101';
