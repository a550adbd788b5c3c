import { loaRules } from '@shared/order/rules/loa-rules';

import type { OrderRecord } from './order-record';
import { withProgress } from './order-summary';
import type { HistoryLine } from './order-timeline';

/** Whether two versions of an order print the same letter: same answers, same numbers. */
function sameLetter(a: OrderRecord, b: OrderRecord): boolean {
  return (
    JSON.stringify(a.answers) === JSON.stringify(b.answers) &&
    JSON.stringify(a.numbers) === JSON.stringify(b.numbers)
  );
}

/**
 * What any change of answers, list or carrier PIN brings with it: a Ready order is a
 * draft again (it must be checked and finished again), the signing date follows the LOA
 * step, a signed letter that no longer matches is detached (its file stays), and the
 * list's progress is refreshed. Returns the record and the history lines to add.
 */
export function applyAnswersEdit(
  before: OrderRecord,
  changed: OrderRecord,
  now: Date,
  listChanged: boolean,
): { record: OrderRecord; lines: HistoryLine[] } {
  const lines: HistoryLine[] = [];
  let next: OrderRecord = { ...changed, status: 'draft', readyAt: undefined };
  if (before.status === 'ready') {
    lines.push({ note: 'An answer changed after the checks: check and finish again.' });
  }
  const signed = loaRules({
    answers: next.answers,
    carrierPinSet: false,
    numbers: next.numbers,
    today: now,
  }).safeParse(next.answers.loa).success;
  next = { ...next, signedAt: signed ? (before.signedAt ?? now.toISOString()) : undefined };
  if (before.signedScan && (listChanged || !sameLetter(before, next))) {
    next = { ...next, signedScan: undefined };
    lines.push({
      note: 'The signed letter no longer matches the answers: print the new letter, sign it and attach it again.',
    });
  }
  return { record: withProgress(next, now), lines };
}

/** Whether an edit changes anything the admin could see: an autosave of the same values writes nothing. */
export function editChangesSomething(
  before: OrderRecord,
  after: OrderRecord,
  listChanged: boolean,
): boolean {
  return (
    listChanged ||
    JSON.stringify(before.answers) !== JSON.stringify(after.answers) ||
    before.carrierPinSealed !== after.carrierPinSealed ||
    JSON.stringify(before.recheck) !== JSON.stringify(after.recheck) ||
    JSON.stringify(before.numbers) !== JSON.stringify(after.numbers)
  );
}
