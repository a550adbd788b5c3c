import { TZDate } from '@date-fns/tz';

import type {
  FieldRef,
  OrderStatus,
  RecordableStatus,
  RejectionReason,
} from '../schemas/order-status';

/**
 * What each status allows, from the domain's table. Main enforces these whatever the
 * page sends; the page reads the same table to offer only what will be accepted.
 */
const next: Record<OrderStatus, readonly RecordableStatus[]> = {
  draft: [],
  ready: ['processing'],
  processing: [
    'contactingCarrier',
    'transferApproved',
    'customerActionRequired',
    'supportEngaged',
    'error',
    'cancelled',
  ],
  contactingCarrier: [
    'transferApproved',
    'customerActionRequired',
    'supportEngaged',
    'error',
    'cancelled',
  ],
  // Recording Transfer approved again changes the FOC: the one edit this status allows.
  transferApproved: ['transferApproved', 'supportEngaged', 'completed', 'error', 'cancelled'],
  // The admin fixes the order (answers may change) and records that it went in again (Processing).
  customerActionRequired: ['processing', 'supportEngaged', 'error', 'cancelled'],
  // Microsoft's support works the order: it may come back at any stage.
  supportEngaged: [
    'contactingCarrier',
    'transferApproved',
    'customerActionRequired',
    'completed',
    'error',
    'cancelled',
  ],
  // Under 24 hours from the transfer the carrier can no longer stop it: no cancel.
  transferPending: ['completed', 'error'],
  completed: [],
  error: ['cancelled'],
  cancelled: [],
};

/** The statuses the admin may record next from this one. */
export function recordableFrom(status: OrderStatus): readonly RecordableStatus[] {
  return next[status];
}

/** Answers may change freely only while the order is on this computer alone. */
export function canEditAnswers(status: OrderStatus): boolean {
  return status === 'draft' || status === 'ready';
}

/**
 * A submitted order can still be edited, as in the admin center (any field but the
 * country), until the carrier has set the transfer: while Processing, Contacting carrier,
 * Customer action required or Microsoft support engaged.
 */
export function canEditAfterSubmit(status: OrderStatus): boolean {
  return (
    status === 'processing' ||
    status === 'contactingCarrier' ||
    status === 'customerActionRequired' ||
    status === 'supportEngaged'
  );
}

/** A draft is deleted rather than cancelled; a submitted order keeps its history. */
export function canDelete(status: OrderStatus): boolean {
  return canEditAnswers(status);
}

/** A rejected or cancelled order is not resubmitted: it is recreated as a new draft. */
export function canRecreate(status: OrderStatus): boolean {
  return status === 'error' || status === 'cancelled';
}

/** The letter, the package and the hand-off need checked answers: a Ready order, or one already submitted. */
export function answersChecked(status: OrderStatus): boolean {
  return status !== 'draft';
}

const eastern = 'America/New_York';
const dayMs = 24 * 60 * 60 * 1000;

/** The FOC's date and time as numbers: year, month (0-11), day, hour, minute. */
function focClock(foc: { date: string; time: string }): [number, number, number, number, number] {
  const [y = 0, mo = 1, d = 1] = foc.date.split('-').map(Number);
  const [h = 0, mi = 0] = foc.time.split(':').map(Number);
  return [y, mo - 1, d, h, mi];
}

/** The FOC as an instant: the carriers' date and time are Eastern time. */
export function focInstant(foc: { date: string; time: string }): Date {
  return new Date(new TZDate(...focClock(foc), eastern).getTime());
}

/** When an approved transfer becomes pending by itself: 24 hours before the FOC. */
export function pendingFrom(foc: { date: string; time: string }): Date {
  return new Date(focInstant(foc).getTime() - dayMs);
}

const hourMs = 60 * 60 * 1000;

/**
 * The earliest `pendingFrom` can be, without Eastern time's rules: Eastern time is 5 hours
 * behind UTC, or 4 in summer, so the FOC falls 4 to 5 hours after its date and time read as
 * UTC. Before this, a transfer is surely not pending: the Port orders list settles every
 * approved transfer, and ICU loads a zone's rules the first time a date is placed in it
 * (about 10 ms of the first list at start, `npm run bench`).
 */
export function earliestPendingFrom(foc: { date: string; time: string }): number {
  return Date.UTC(...focClock(foc)) + 4 * hourMs - dayMs;
}

/** The status an order has now, with Transfer pending following from the FOC and the clock. */
export function currentStatus(
  order: { status: OrderStatus; foc?: { date: string; time: string } | undefined },
  now: Date,
): OrderStatus {
  if (order.status === 'transferApproved' && order.foc && now >= pendingFrom(order.foc))
    return 'transferPending';
  return order.status;
}

/** The reasons in the admin's words, and the answers each one says to check against the carrier's record. */
export const rejectionReasons: Record<RejectionReason, { label: string; fields: FieldRef[] }> = {
  accountNumber: {
    label: 'Account number mismatch',
    fields: [{ step: 'account', field: 'accountNumber' }],
  },
  btn: { label: 'BTN mismatch', fields: [{ step: 'btn', field: 'btn' }] },
  authorizedPerson: {
    label: 'Authorized person mismatch',
    fields: [
      { step: 'account', field: 'authName' },
      { step: 'authorize', field: 'signature' },
    ],
  },
  companyName: {
    label: 'Company name mismatch',
    fields: [{ step: 'account', field: 'companyName' }],
  },
  serviceAddress: {
    label: 'Service address or ZIP mismatch',
    fields: [
      { step: 'account', field: 'street' },
      { step: 'account', field: 'city' },
      { step: 'account', field: 'region' },
      { step: 'account', field: 'postalCode' },
    ],
  },
  invalidPin: { label: 'Invalid PIN', fields: [{ step: 'account', field: 'carrierPin' }] },
  portType: {
    label: 'Wrong port type (full or partial)',
    fields: [{ step: 'btn', field: 'portType' }],
  },
  specialFeatures: {
    label: 'A number has special features (hunt group, distinctive ring)',
    fields: [
      { step: 'getStarted', field: 'checklist' },
      { step: 'numbers', field: 'numbers' },
    ],
  },
  mustSplit: { label: 'The order must be split', fields: [{ step: 'numbers', field: 'numbers' }] },
  numberInactive: {
    label: 'A number is inactive or not on the account',
    fields: [{ step: 'numbers', field: 'numbers' }],
  },
  focRejected: {
    label: 'FOC rejected or expired',
    fields: [{ step: 'details', field: 'desiredDate' }],
  },
  other: { label: 'Other', fields: [] },
};
