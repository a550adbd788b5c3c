import {
  type AttachedCarrierRecord,
  type CarrierRecordFile,
  maxConfirmedMessageLength,
} from '../schemas/carrier-record';
import type { OrderAnswers } from '../schemas/order-answers';
import { compareWithCarrierRecord } from './compare-with-carrier-record';
import { carrierRecordOrderView } from './order-view';
import { chooseCandidate, readCarrierRecord } from './read-carrier-record';
import { recordFieldIds } from './types';

/**
 * The carrier's record kept with an order, read again from its text (with the admin's picks)
 * and compared with the order as it stands: each finding with its confirmation, when the
 * admin confirmed that very finding. `numbers` are the order's, E.164.
 */
export function carrierRecordCheck(
  file: CarrierRecordFile,
  answers: OrderAnswers,
  numbers: readonly string[],
  today: Date,
): AttachedCarrierRecord {
  let record = readCarrierRecord(file.text);
  for (const field of recordFieldIds) {
    const pick = file.picks[field];
    if (pick !== undefined) record = chooseCandidate(record, field, pick);
  }
  const findings = compareWithCarrierRecord(
    carrierRecordOrderView(answers),
    numbers,
    record,
    today,
  ).map((finding) => {
    const confirmed = file.confirmations[finding.id];
    return confirmed &&
      confirmed.message === confirmedWords(finding.message) &&
      finding.severity === 'mismatch'
      ? { ...finding, confirmed: { reason: confirmed.reason, at: confirmed.at } }
      : finding;
  });
  return {
    attached: true,
    source: file.source,
    picks: file.picks,
    record,
    findings,
    open: findings.filter((f) => f.severity === 'mismatch' && !('confirmed' in f)).length,
  };
}

/** The words of a finding a confirmation keeps, and is compared by (the start of very long ones). */
export function confirmedWords(message: string): string {
  return message.slice(0, maxConfirmedMessageLength);
}
