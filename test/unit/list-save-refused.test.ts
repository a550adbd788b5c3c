import type { IpcError } from '@shared/ipc-error';
import { validAnswers, validNumbersSource } from '@tools/valid-order';
import { afterEach, describe, expect, it } from 'vitest';

import { fillableDisk } from '../support/fillable-disk';
import { cleanUp, manualClock, saveAll, start, tempDir } from '../support/service-app';

afterEach(cleanUp);

const n = (last: number) => `+1425882010${last}`;
const list = (...lasts: number[]) => lasts.map(n).join('\n');

/**
 * Main keeps the last saved list checked and changes its set of numbers in place at the next
 * save (list-recheck.ts): a save the disk refuses must leave the numbers the other orders see
 * as the ones on disk.
 */
describe('a fix in place the disk refuses', () => {
  it('leaves the other orders seeing the list on disk, before and after a restart', async () => {
    const dataDir = tempDir();
    const { disk, createConf } = fillableDisk();
    const app = start(dataDir, { createConf });
    const a = (await app.order.create()).id;
    const b = (await app.order.create()).id;
    await app.ok('saveOrderNumbers', { id: a, source: list(1, 2) });
    await app.ok('saveOrderNumbers', { id: a, source: list(1, 2, 3) });
    const claimedByA = async (appNow: typeof app) =>
      (await appNow.ok('getOrderNumbers', { id: b })).elsewhere.map(([e164]) => e164).sort();

    disk.full = true;
    const refused = await app.call('saveOrderNumbers', { id: a, source: list(1, 2, 4) });
    expect(refused.ok ? 'saved' : (refused.error as IpcError).code).toBe('not-saved');
    disk.full = false;

    expect(await claimedByA(app)).toEqual([n(1), n(2), n(3)]);
    expect(await claimedByA(start(dataDir))).toEqual([n(1), n(2), n(3)]);

    // The same fix, now that the disk takes it, is checked and seen as any other.
    const saved = await app.ok('saveOrderNumbers', { id: a, source: list(1, 2, 4) });
    expect(saved.numbers.total).toBe(3);
    expect(await claimedByA(app)).toEqual([n(1), n(2), n(4)]);
  });
});

describe('a list change refused after it was checked (the order is submitted)', () => {
  it('leaves the other orders seeing the numbers the order was submitted with', async () => {
    const monday = '2026-11-23T15:00:00.000Z';
    const app = start(tempDir(), { now: manualClock(monday).now });
    const { id } = await app.order.create();
    // Made first: a change of another order's claims has main check the list anew.
    const other = (await app.order.create()).id;
    await saveAll(app, id, validAnswers(new Date(monday)));
    // The list saved last, after every answer: main keeps it checked for the next save.
    await app.ok('saveOrderNumbers', { id, source: `${validNumbersSource}\n` });
    await app.ok('finishOrder', { id });
    await app.ok('recordOrderStatus', {
      id,
      status: 'processing',
      microsoftOrderId: 'PO-7',
      submittedOn: '2026-11-23',
      authorizedWith: 'signedLetter',
    });
    const refused = await app.call('saveOrderNumbers', { id, source: list(1, 2, 3) });
    expect(refused.ok ? 'saved' : (refused.error as IpcError).code).toBe('not-allowed');
    // Asked only now: asking first would have main check the list anew at the save.
    const claimed = (await app.ok('getOrderNumbers', { id: other })).elsewhere.map(
      ([e164]) => e164,
    );
    expect(claimed.sort()).toEqual(['+14258820100', '+14258820101']);
  });
});
