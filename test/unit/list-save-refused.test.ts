import type { IpcError } from '@shared/ipc-error';
import { afterEach, describe, expect, it } from 'vitest';

import { fillableDisk } from '../support/fillable-disk';
import { cleanUp, start, tempDir } from '../support/service-app';

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
