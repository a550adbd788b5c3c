import { authorizeRules } from '@shared/order/rules/authorize-rules';
import type { OrderAnswers } from '@shared/schemas/order-answers';

import { detachCurrentScan } from './detached-scans';
import type { OrderRecord } from './order-record';
import { withProgress } from './order-summary';
import type { HistoryLine } from './order-timeline';

/**
 * What the letter of authorization prints, by answer: the account, the BTN and port type,
 * the authorized user, the service address, the desired date and the typed name. An edit
 * of anything else (the order's name, notification e-mails, usage...) keeps the letter.
 */
function letterAnswers(a: OrderAnswers) {
  return {
    account: a.account,
    btn: a.btn,
    desiredDate: a.details.desiredDate,
    startTime: a.details.startTime,
    country: a.getStarted.country,
    signature: a.authorize.signature,
    method: a.authorize.method,
  };
}

/** The answers the letter prints that differ between two versions, by name. */
function letterChanges(a: OrderRecord, b: OrderRecord, listChanged: boolean): string[] {
  const before = letterAnswers(a.answers);
  const after = letterAnswers(b.answers);
  const changed = (Object.keys(before) as (keyof typeof before)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  return listChanged ? [...changed, 'numbers'] : changed;
}

/**
 * What any change of answers, list or carrier PIN brings with it. Before submitting: a
 * Ready order is a draft again (it must be checked and finished again), the signing date
 * follows Authorize and submit, a signed letter that no longer matches is detached (its
 * file stays). After submitting (an edit as the admin center allows it): the status stays,
 * and a change to what the letter says marks the letter for a new signature and detaches
 * the signed scan (kept on disk, listed). The list's progress is refreshed.
 */
export function applyAnswersEdit(
  before: OrderRecord,
  changed: OrderRecord,
  now: Date,
  listChanged: boolean,
): { record: OrderRecord; lines: HistoryLine[] } {
  const lines: HistoryLine[] = [];
  const submitted = before.status !== 'draft' && before.status !== 'ready';
  let next: OrderRecord = submitted ? changed : { ...changed, status: 'draft', readyAt: undefined };
  if (before.status === 'ready') {
    lines.push({ note: 'An answer changed after the checks: check and finish again.' });
  }
  const signed =
    next.answers.authorize.method === 'letter' &&
    authorizeRules({
      answers: next.answers,
      carrierPinSet: false,
      numbers: next.numbers,
      today: now,
    }).safeParse(next.answers.authorize).success;
  const changes = letterChanges(before, next, listChanged);
  if (!submitted) {
    next = { ...next, signedAt: signed ? (before.signedAt ?? now.toISOString()) : undefined };
    if (before.signedScan && changes.length > 0) {
      next = { ...next, signedScan: undefined };
      lines.push({
        note: 'The signed letter no longer matches the answers: print the new letter, sign it and attach it again.',
      });
    }
    return { record: withProgress(next, now), lines };
  }
  if (changes.length > 0) {
    const known = before.letterChanged?.fields ?? [];
    const fields = [...new Set([...known, ...changes])];
    next = {
      ...next,
      letterChanged: { at: before.letterChanged?.at ?? now.toISOString(), fields },
      signedAt: undefined,
      signedScan: undefined,
      detachedScans: detachCurrentScan({ ...next, signedScan: before.signedScan }),
    };
    // One line when the letter first changes (or changes in a new answer), not one per autosave.
    if (fields.length > known.length)
      lines.push({
        note: `Edited after submitting: the letter changed (${fields.join(', ')}), so it needs a new signature${before.signedScan ? `; the signed scan ${before.signedScan.fileName} is detached and kept in the order's folder` : ''}.`,
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
