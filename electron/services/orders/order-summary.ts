import { checkOrder } from '../../../shared/order/check-order';
import { answerStepIds } from '../../../shared/order/steps';
import type { OrderSummary } from '../../../shared/schemas/order';
import { toOrder, type OrderRecord } from './order-record';

/** One row of the Port orders list; the step check only matters while the answers can still change. */
export function summarize(record: OrderRecord, now: Date): OrderSummary {
  const { account, location, transfer } = record.answers;
  const drafting = record.status === 'draft' || record.status === 'ready';
  const check = drafting ? checkOrder(toOrder(record), now) : undefined;
  const transferDate = record.foc?.date ?? transfer.desiredDate;
  return {
    id: record.id,
    name: account.orderName.trim() || 'Untitled order',
    status: record.status,
    country: location.country,
    numberType: location.numberType,
    carrierName: account.carrierName,
    companyName: account.companyName,
    microsoftOrderId: record.submission?.microsoftOrderId ?? '',
    transferDate,
    transferDateKind: record.foc ? 'foc' : transferDate ? 'desired' : 'none',
    stepsComplete: check ? check.stepsComplete : answerStepIds.length,
    stepsTotal: answerStepIds.length,
    numberCount: record.numbers.total,
    lastStep: record.lastStep,
    updatedAt: record.updatedAt,
  };
}
