import { toIsoDate } from '@shared/calendar/business-days';
import { checkOrder } from '@shared/order/check-order';
import { answerStepIds } from '@shared/order/steps';
import type { OrderSummary } from '@shared/schemas/order';

import { type OrderRecord, toOrder } from './order-record';

/** The record's step progress as of `now`, kept on it (the order file's `progress`, written with each change of answers). */
export function withProgress(record: OrderRecord, now: Date): OrderRecord {
  return {
    ...record,
    progress: {
      stepsComplete: checkOrder(toOrder(record), now).stepsComplete,
      checkedOn: toIsoDate(now),
    },
  };
}

/** One row of the Port orders list; steps complete only matter while the answers can still change. */
export function summarize(
  record: OrderRecord,
  stepsComplete: (drafted: OrderRecord) => number,
): OrderSummary {
  const { account, getStarted, numbers, details } = record.answers;
  const drafting = record.status === 'draft' || record.status === 'ready';
  // A rejected or cancelled order will not transfer: the list must not show it as scheduled.
  const transferDate =
    record.status === 'error' || record.status === 'cancelled'
      ? ''
      : (record.foc?.date ?? details.desiredDate);
  return {
    id: record.id,
    name: details.orderName.trim() || 'Untitled order',
    status: record.status,
    country: getStarted.country,
    numberType: numbers.numberType,
    carrierName: account.carrierName,
    companyName: account.companyName,
    microsoftOrderId: record.submission?.microsoftOrderId ?? '',
    transferDate,
    transferDateKind: !transferDate ? 'none' : record.foc ? 'foc' : 'desired',
    stepsComplete: drafting ? stepsComplete(record) : answerStepIds.length,
    stepsTotal: answerStepIds.length,
    numberCount: record.numbers.total,
    lastStep: record.lastStep,
    updatedAt: record.updatedAt,
  };
}
