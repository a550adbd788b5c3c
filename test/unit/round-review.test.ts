import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { carrierRecordDocumentName, ordersDir } from '@main/services/orders/order-files';
import { noDialogs } from '@tools/harness';
import { validAnswers } from '@tools/valid-order';
import { afterEach, describe, expect, it } from 'vitest';

import { cleanUp, manualClock, saveAll, start, tempDir } from '../support/service-app';

/**
 * Review of the round merged at f7e488e (issues 14 to 17): each test here fails on f7e488e
 * and passes once the defect it names is fixed.
 */
afterEach(cleanUp);

const today = '2026-11-23T15:00:00.000Z';

/** A CSR whose account number differs from the valid order's by one digit: one mismatch to confirm. */
const record = [
  'NORTHWIND TELECOM                    CUSTOMER SERVICE RECORD',
  'DATE OF RECORD: 11/16/2026',
  'ACCOUNT NO:  NW12345679              BTN:  425 882-0100',
  'BILLING NAME:  CONTOSO LTD',
  'SVC ADDR:  1 MAIN ST',
  '           SEATTLE WA 98101',
  'AUTHORIZED:  WHITFIELD, DANA',
  '',
  'TN  425 882-0100  BUSINESS LINE',
  'TN  425 882-0101  BUSINESS LINE',
].join('\n');

describe("a carrier's record attached again after the kept one was moved aside as damaged", () => {
  it('takes a confirmation in the same session, so Finish is not blocked until a restart', async () => {
    const dir = tempDir();
    const clock = manualClock(today);
    const first = start(dir, { now: clock.now, dialogs: noDialogs });
    const { id } = await first.order.create();
    await saveAll(first, id, validAnswers(clock.now()));
    await first.ok('pasteCarrierRecord', { id, text: record });
    writeFileSync(
      join(ordersDir(dir), `${carrierRecordDocumentName(id)}.json`),
      '{"schemaVersion": 1, "data": {"text": 5}}',
    );

    const app = start(dir, { now: clock.now, dialogs: noDialogs });
    expect((await app.ok('getCarrierRecord', { id })).attached).toBe(false);
    expect((await app.ok('pasteCarrierRecord', { id, text: record })).attached).toBe(true);
    const confirmed = await app.call('confirmCarrierFinding', {
      id,
      findingId: 'account-number',
      reason: 'The carrier corrected the account on the phone.',
    });
    expect(confirmed).toMatchObject({ ok: true });
    expect(await app.call('finishOrder', { id })).toMatchObject({ ok: true });
  });
});
