import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { carrierRecordDocumentName, ordersDir } from '@main/services/orders/order-files';
import { progressCacheName } from '@main/services/orders/order-progress';
import { checkOrder } from '@shared/order/check-order';
import { noDialogs } from '@tools/harness';
import { chosen } from '@tools/typed-calls';
import { validAnswers } from '@tools/valid-order';
import { afterEach, describe, expect, it } from 'vitest';

import { validOrderCsr } from '../support/carrier-record-text';
import { cleanUp, manualClock, saveAll, start, tempDir } from '../support/service-app';

/**
 * Review of the round merged at f7e488e (issues 14 to 17): each test here fails on f7e488e
 * and passes once the defect it names is fixed.
 */
afterEach(cleanUp);

const today = '2026-11-23T15:00:00.000Z';

/** A CSR whose account number differs from the valid order's by one digit: one mismatch to confirm. */
const record = validOrderCsr({ accountNumber: 'NW12345679', billingName: 'CONTOSO LTD' });

/** A fresh data folder with one draft whose every answer passes. */
async function validDraft(dir = tempDir()) {
  const clock = manualClock(today);
  const app = start(dir, { now: clock.now, dialogs: noDialogs });
  const { id } = await app.order.create();
  await saveAll(app, id, validAnswers(clock.now()));
  return { app, id, clock };
}

describe("a carrier's record attached again after the kept one was moved aside as damaged", () => {
  it('takes a confirmation in the same session, so Finish is not blocked until a restart', async () => {
    const dir = tempDir();
    const { app: first, id, clock } = await validDraft(dir);
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

describe('a .portorder of an order whose documents are large', () => {
  it('is never written larger than an import reads: the export reads back, or is refused in words before a file is chosen', async () => {
    const dir = tempDir();
    // Two bills of 24.5 MB each, under the 25 MB a document may have: in base64 they pass 64 MB.
    const bill = join(dir, 'bill.pdf');
    writeFileSync(
      bill,
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(24.5 * 1024 * 1024)]),
    );
    const file = join(dir, 'Large.portorder');
    let asked = false;
    const clock = manualClock(today);
    const sender = start(join(dir, 'a'), {
      now: clock.now,
      dialogs: {
        ...noDialogs,
        chooseDocumentFile: () => Promise.resolve(bill),
        chooseOrderSaveFile: () => ((asked = true), Promise.resolve(file)),
      },
    });
    const { id } = await sender.order.create();
    await saveAll(sender, id, validAnswers(clock.now()));
    chosen(await sender.ok('attachOrderDocument', { id, kind: 'bill' }));
    chosen(await sender.ok('attachOrderDocument', { id, kind: 'bill' }));

    const exported = await sender.call('exportOrderFile', { id });
    if (exported.ok) {
      const receiver = start(join(dir, 'b'), {
        now: clock.now,
        dialogs: { ...noDialogs, chooseOrderFile: () => Promise.resolve(file) },
      });
      const imported = await receiver.call('importOrderFile');
      expect(
        imported,
        `the file PortDesk wrote is refused by PortDesk: ${JSON.stringify(imported)}`,
      ).toMatchObject({
        ok: true,
      });
    } else {
      expect(exported.error.message).toMatch(/MB/);
      expect(asked, 'the admin was asked where to save a file that would not be written').toBe(
        false,
      );
      expect(existsSync(file)).toBe(false);
    }
  });
});

describe('the progress cache left by another version of PortDesk', () => {
  it('is not believed: that version checked the drafts with its own rules', async () => {
    const dir = tempDir();
    const clock = manualClock(today);
    const appInfo = (version: string) => ({
      version,
      dataFolder: dir,
      runtime: 'browser-test' as const,
    });
    const older = start(dir, { now: clock.now, appInfo: appInfo('0.3.0') });
    const { id } = await older.order.create();
    await saveAll(older, id, validAnswers(clock.now()));
    await older.order.list();
    older.services.flushAll();
    // What 0.3.0's rules made of this draft: fewer steps complete than today's rules find
    // (a rule of 0.3.0 refused an answer that this version accepts).
    const cacheFile = join(dir, progressCacheName);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      orders: Record<string, { complete: string[] }>;
    };
    expect(cache.orders[id]!.complete.length).toBeGreaterThan(1);
    cache.orders[id]!.complete = cache.orders[id]!.complete.slice(1);
    writeFileSync(cacheFile, JSON.stringify(cache));

    const newer = start(dir, { now: clock.now, appInfo: appInfo('0.4.0') });
    const row = (await newer.order.list()).orders.find((o) => o.id === id)!;
    const checked = checkOrder(await newer.order.get(id), clock.now()).stepsComplete;
    expect(row.stepsComplete).toBe(checked);
  });
});

describe('a .portorder of an order deleted here in an earlier session', () => {
  it('comes back in, as a copy beside the deleted one, not refused as "no longer exists"', async () => {
    const dir = tempDir();
    const file = join(dir, 'Back.portorder');
    const clock = manualClock(today);
    const dialogs = {
      ...noDialogs,
      chooseOrderSaveFile: () => Promise.resolve(file),
      chooseOrderFile: () => Promise.resolve(file),
    };
    const first = start(join(dir, 'data'), { now: clock.now, dialogs });
    const { id } = await first.order.create();
    await saveAll(first, id, validAnswers(clock.now()));
    chosen(await first.ok('exportOrderFile', { id }));
    await first.ok('deleteOrder', { id });
    first.services.flushAll();

    // The next start moves the deleted draft to orders/deleted/: its id is taken, its order gone.
    const app = start(join(dir, 'data'), { now: clock.now, dialogs });
    const imported = await app.call('importOrderFile');
    expect(imported, JSON.stringify(imported)).toMatchObject({ ok: true });
    expect((await app.order.list()).orders).toHaveLength(1);
  });
});

describe("the carrier's wording longer than the answer holds", () => {
  it('is refused in words at Use the wording, not answered "could not complete"', async () => {
    const { app, id } = await validDraft();
    // A billing name of 118 characters: the order's company name holds 100.
    const name =
      'CONTOSO HOLDINGS INTERNATIONAL TELECOMMUNICATIONS AND DATA SERVICES OF THE PACIFIC NORTHWEST REGION LIMITED PARTNERSHIP';
    const view = await app.ok('pasteCarrierRecord', {
      id,
      text: `BILLING NAME:  ${name}\nACCOUNT NO:  NW12345678`,
    });
    expect(view.attached && view.findings.find((f) => f.id === 'company-name')).toMatchObject({
      suggestion: name,
    });
    const taken = await app.call('useCarrierWording', { id, findingId: 'company-name' });
    expect(taken).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/^Company name: .*100/) },
    });
  });
});

describe("a mismatch whose words quote a very long line of the carrier's record", () => {
  it('can be confirmed with a reason, so Finish is not blocked for good', async () => {
    const { app, id, clock } = await validDraft();
    // Pasted from a page that kept the record on long lines: the billing name runs to 5,000 characters.
    const view = await app.ok('pasteCarrierRecord', {
      id,
      text: `ACCOUNT NO:  NW12345678\nBILLING NAME:  CONTOSO ${'X'.repeat(5000)}`,
    });
    const mismatch = view.attached && view.findings.find((f) => f.id === 'company-name');
    expect(mismatch).toMatchObject({ severity: 'mismatch' });
    const confirmed = await app.call('confirmCarrierFinding', {
      id,
      findingId: 'company-name',
      reason: 'The carrier reads the first line only; confirmed on the phone.',
    });
    expect(confirmed).toMatchObject({ ok: true, value: { open: 0 } });
    // Confirmed on disk too: a restart keeps it.
    const again = start(app.dataDir, { now: clock.now, dialogs: noDialogs });
    expect(await again.ok('getCarrierRecord', { id })).toMatchObject({ open: 0 });
  });
});

describe('a split of a list whose numbers have usage changes', () => {
  it('gives each order the usage changes of its own numbers, so no order is stuck on a number it does not hold', async () => {
    const { app, id, clock } = await validDraft();
    const answers = validAnswers(clock.now());
    const source = '+14258820100\n+14258820101\n+18774253000\n+18662345678';
    await app.ok('saveOrderNumbers', { id, source });
    // Voice apps by default; one office number for a user, one toll-free number for conferencing.
    const usageByNumber = { '+14258820101': 'user', '+18662345678': 'conference' } as const;
    await app.order.save(id, 'numbers', { ...answers.numbers, usage: 'voiceApp', usageByNumber });

    const { created } = await app.ok('splitOrderNumbers', { id });
    const tollFree = await app.order.get(created[0]!);
    expect(tollFree.answers.numbers.numberType).toBe('tollFree');
    expect(tollFree.answers.numbers.usageByNumber).toEqual({ '+18662345678': 'conference' });
    expect(checkOrder(tollFree, clock.now()).issues.filter((i) => i.step === 'numbers')).toEqual(
      [],
    );
    expect((await app.order.get(id)).answers.numbers.usageByNumber).toEqual({
      '+14258820101': 'user',
    });
  });
});
