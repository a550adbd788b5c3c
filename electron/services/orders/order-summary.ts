import { toIsoDate } from '@shared/calendar/business-days';
import { checkOrder } from '@shared/order/check-order';
import { answerStepIds } from '@shared/order/steps';
import type { OrderSummary } from '@shared/schemas/order';

import { type OrderRecord, toOrder } from './order-record';

// Checked once a record and day: records are replaced, never changed, on every edit.
const checkedToday = new WeakMap<OrderRecord, { day: string; stepsComplete: number }>();

/** The record's step progress as of `now`, kept on it so the list need not check every draft at start-up. */
export function withProgress(record: OrderRecord, now: Date): OrderRecord {
  return {
    ...record,
    progress: {
      stepsComplete: checkOrder(toOrder(record), now).stepsComplete,
      checkedOn: toIsoDate(now),
    },
  };
}

/** Steps complete today: as stored when the order changed today, else checked now (once a day and record). */
function stepsComplete(record: OrderRecord, now: Date): number {
  const day = toIsoDate(now);
  if (record.progress?.checkedOn === day) return record.progress.stepsComplete;
  const cached = checkedToday.get(record);
  if (cached?.day === day) return cached.stepsComplete;
  const fresh = checkOrder(toOrder(record), now).stepsComplete;
  checkedToday.set(record, { day, stepsComplete: fresh });
  return fresh;
}

/** One row of the Port orders list; the step check only matters while the answers can still change. */
export function summarize(record: OrderRecord, now: Date): OrderSummary {
  const { account, getStarted, numbers, details } = record.answers;
  const drafting = record.status === 'draft' || record.status === 'ready';
  const transferDate = record.foc?.date ?? details.desiredDate;
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
    transferDateKind: record.foc ? 'foc' : transferDate ? 'desired' : 'none',
    stepsComplete: drafting ? stepsComplete(record, now) : answerStepIds.length,
    stepsTotal: answerStepIds.length,
    numberCount: record.numbers.total,
    lastStep: record.lastStep,
    updatedAt: record.updatedAt,
  };
}
