import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { orderFile, ordersDir } from '@main/services/orders/order-files';
import { readOrdersAhead } from '@main/services/orders/orders-read-ahead';
import { checkedOrdersCacheName, openCheckedFiles } from '@main/storage/checked-files';
import { readDocumentFile } from '@main/storage/document-store';
import { orderFormat } from '@main/storage/formats/order';
import type { StoredFormat } from '@main/storage/stored-format';
import { seedOrders } from '@tools/seed-orders';
import { afterEach, describe, expect, it } from 'vitest';

import { cleanUp, start, tempDir } from '../support/service-app';

afterEach(cleanUp);

/** The read-ahead as main runs it, with the order checks kept in the data folder. */
function readAhead(dataDir: string, sliceMs?: number) {
  const checked = openCheckedFiles(join(dataDir, checkedOrdersCacheName), orderFormat, '0.1.0');
  return readOrdersAhead(ordersDir(dataDir), orderFormat, checked, sliceMs);
}

/** The order file with its name changed, as text (its envelope and format untouched). */
function renamed(file: string, name: string): string {
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { data: { name: string } };
  stored.data.name = name;
  return JSON.stringify(stored);
}

describe('orders read while the window loads (readOrdersAhead)', () => {
  it('opens to the same Port orders list as a start that reads every file itself', async () => {
    const dataDir = tempDir();
    seedOrders(dataDir, 40);
    const readItself = await start(dataDir).order.list();
    const ahead = await readAhead(dataDir);
    expect(ahead.reads.size).toBe(40);
    expect(await start(dataDir, { ordersReadAhead: ahead }).order.list()).toEqual(readItself);
  });

  it('takes each order from its read: nothing but main writes them, and not before they open', async () => {
    const dataDir = tempDir();
    const [first] = seedOrders(dataDir, 3);
    const ahead = await readAhead(dataDir);
    // Written in place, which PortDesk never does: the folder keeps its time, so the read stands.
    const file = orderFile(ordersDir(dataDir), first!.id);
    writeFileSync(file, renamed(file, 'Changed in place'));
    const { orders } = await start(dataDir, { ordersReadAhead: ahead }).order.list();
    expect(orders.find((o) => o.id === first!.id)?.name).toBe(first!.name);
  });

  it('reads the files the start-up repairs leave: an order saved under an upper-case id is read and listed in lower case', async () => {
    const dataDir = tempDir();
    const [first] = seedOrders(dataDir, 3);
    const dir = ordersDir(dataDir);
    // File names as PortDesk 0.1 gave an imported id in capitals (storage-review.test.ts has the whole case).
    const upper = first!.id.toUpperCase();
    for (const name of readdirSync(dir).filter((n) => n.startsWith(`order-${first!.id}`))) {
      renameSync(join(dir, name), join(dir, name.replace(first!.id, upper)));
    }

    const ahead = await readAhead(dataDir);
    expect([...ahead.reads.keys()]).toContain(`order-${first!.id}`);
    const { orders } = await start(dataDir, { ordersReadAhead: ahead }).order.list();
    expect(orders.map((o) => o.id)).toContain(first!.id);
  });

  it('lets waiting work run between slices, and none within one', async () => {
    const dataDir = tempDir();
    seedOrders(dataDir, 5);
    const ranDuring = async (sliceMs: number) => {
      let ran = false;
      setImmediate(() => (ran = true));
      const reading = readAhead(dataDir, sliceMs);
      const ranBeforeTheEnd = await reading.then(() => ran);
      await new Promise((resume) => setImmediate(resume));
      return ranBeforeTheEnd;
    };
    expect(await ranDuring(Infinity)).toBe(false);
    expect(await ranDuring(0)).toBe(true);
  });
});

describe('order files found valid at an earlier start (order-checks.cache.json)', () => {
  /** Reads the orders ahead twice, as two starts do (the first writes its checks as the app quits). */
  async function twoStarts(dataDir: string) {
    const first = await readAhead(dataDir);
    first.checked.flush();
    return readAhead(dataDir);
  }

  it('are taken as they are at the next start, and read the same as when checked', async () => {
    const dataDir = tempDir();
    seedOrders(dataDir, 20);
    const checkedNow = await readAhead(dataDir);
    const cache = join(dataDir, checkedOrdersCacheName);
    expect(existsSync(cache), 'nothing written before the app quits').toBe(false);
    checkedNow.checked.flush();
    const known = (JSON.parse(readFileSync(cache, 'utf8')) as { digests: string[] }).digests;
    expect(known).toHaveLength(20);

    const taken = await readAhead(dataDir);
    const seenAgain = [...taken.reads.keys()].filter((name) =>
      taken.checked.has(
        taken.checked.digest(readFileSync(join(ordersDir(dataDir), `${name}.json`), 'utf8')),
      ),
    );
    expect(seenAgain).toHaveLength(20);
    expect(taken.reads).toEqual(checkedNow.reads);
  });

  it('are checked again once changed: a file made invalid since is set aside, not read', async () => {
    const dataDir = tempDir();
    const [first] = seedOrders(dataDir, 3);
    await twoStarts(dataDir);
    const file = orderFile(ordersDir(dataDir), first!.id);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { data: { status: string } };
    stored.data.status = 'no such status';
    writeFileSync(file, JSON.stringify(stored));

    const { reads } = await readAhead(dataDir);
    expect(reads.get(`order-${first!.id}`)).toEqual({ kind: 'bad', reason: 'invalid' });
  });

  it('never include a file its check changed (a field filled with its default): it is checked every time', async () => {
    const dataDir = tempDir();
    const [first] = seedOrders(dataDir, 2);
    const file = orderFile(ordersDir(dataDir), first!.id);
    // Version 3 fills a missing history with none.
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { data: { timeline?: unknown } };
    delete stored.data.timeline;
    writeFileSync(file, JSON.stringify(stored));

    const second = await twoStarts(dataDir);
    const text = readFileSync(file, 'utf8');
    expect(second.checked.has(second.checked.digest(text))).toBe(false);
    expect(second.reads.get(`order-${first!.id}`)).toMatchObject({
      kind: 'ok',
      value: { timeline: [] },
    });
  });

  it('are checked again by another PortDesk version: a file the new check refuses is set aside, not taken', async () => {
    // Review of this round: what checks a format is code too (a zod update reading z.uuid()
    // more strictly, a refine), so digests noted by one version mean nothing to another.
    const dataDir = tempDir();
    const [order] = seedOrders(dataDir, 1);
    const file = orderFile(ordersDir(dataDir), order!.id);
    const cache = join(dataDir, checkedOrdersCacheName);
    const earlier = openCheckedFiles(cache, orderFormat, '0.1.0');
    expect(readDocumentFile(file, orderFormat, earlier).kind).toBe('ok');
    earlier.flush();

    // The same format version 3, checked more strictly by the next PortDesk.
    const refusing = orderFormat.current.refine(() => false);
    const stricter: StoredFormat<unknown> = {
      ...orderFormat,
      versions: [...orderFormat.versions.slice(0, -1), refusing],
      current: refusing,
    };
    expect(
      readDocumentFile(file, stricter, openCheckedFiles(cache, stricter, '0.1.0')).kind,
      'the same PortDesk takes its own note',
    ).toBe('ok');
    expect(readDocumentFile(file, stricter, openCheckedFiles(cache, stricter, '0.2.0'))).toEqual({
      kind: 'bad',
      reason: 'invalid',
    });
  });
});
