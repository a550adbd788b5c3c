import { toIsoDate } from '@shared/calendar/business-days';
import { earliestDesiredDate } from '@shared/order/lead-time';
import {
  checklistItemIds,
  loaStatementIds,
  type OrderAnswers,
} from '@shared/schemas/order-answers';
import type { OrganizationInput } from '@shared/schemas/organization';

/** An organization Settings accepts, in Seattle: what the tests save before an order is prefilled from it. */
export const validOrganization: OrganizationInput = {
  name: 'Contoso',
  country: 'US',
  street: '1 Main St',
  city: 'Seattle',
  region: 'WA',
  postalCode: '98101',
  contactName: 'Avery Admin',
  contactEmail: 'avery@contoso.com',
  contactPhone: '+14255550100',
};

export const validAccount: OrderAnswers['account'] = {
  companyName: 'Contoso',
  carrierName: 'Northwind Telecom',
  accountNumber: 'NW12345678',
  carrierNeedsPin: false,
  authName: 'Dana Whitfield',
  authTitle: 'IT Director',
  authPhone: '(425) 555-0100',
  authEmail: 'dana@contoso.com',
  street: '1 Main St',
  city: 'Seattle',
  region: 'WA',
  postalCode: '98101',
};

/** Every step answered so that the shared rules pass on `today`: a US order of user numbers, full port. */
export function validAnswers(today: Date): OrderAnswers {
  return {
    getStarted: { country: 'US', checklist: [...checklistItemIds] },
    numbers: { numberType: 'geographic', usage: 'user', usageByNumber: {}, includesMobile: false },
    btn: { btn: '+14258820100', portType: 'full', leftBehind: '', replacementBtn: '' },
    account: validAccount,
    documents: { billDate: '' },
    details: {
      orderName: 'Seattle main office',
      requester: 'Dana Whitfield',
      notificationEmails: 'dana@contoso.com; it@contoso.com',
      desiredDate: toIsoDate(earliestDesiredDate(today, 'US')),
      startTime: '09:00',
    },
    authorize: {
      method: 'letter',
      eSignatureSentOn: '',
      statements: [...loaStatementIds],
      signature: 'Dana Whitfield',
    },
  };
}

/** The valid order's numbers: the BTN and one more, one a line as the list keeps them. */
export const validNumbersSource = '+14258820100\n(425) 882-0101';
