import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

import type { IpcError } from '@shared/ipc-error';
import { noDialogs } from '@tools/harness';
import { chosen } from '@tools/typed-calls';
import { validAnswers } from '@tools/valid-order';
import { afterEach, describe, expect, it } from 'vitest';

import { listFileOf } from '../support/data-files';
import { fillableDisk } from '../support/fillable-disk';
import { cleanUp, manualClock, saveAll, start, tempDir } from '../support/service-app';

/**
 * Review of issue 12 (versioned formats, one write path, saved means on disk): each test
 * here fails on the code under review and passes once the defect it names is fixed.
 */
afterEach(cleanUp);

const monday = '2026-11-23T15:00:00.000Z';
const storedDir = join(import.meta.dirname, '../fixtures/stored');

type App = ReturnType<typeof start>;
const refusal = async (result: Promise<{ ok: boolean }>) =>
  ((await result) as { ok: false; error: IpcError }).error;

/** Every file under a folder with its bytes, to see what a call changed. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => {
      const path = join(dir, f);
      return [f, statSync(path).isDirectory() ? '<folder>' : readFileSync(path, 'base64')];
    }),
  );
}

async function readyOrder(app: App): Promise<string> {
  const { id } = await app.order.create();
  await saveAll(app, id, validAnswers(new Date(monday)));
  await app.ok('finishOrder', { id });
  return id;
}

describe('a number list written by a newer PortDesk', () => {
  it('is never deleted: saving the list again keeps the newer file, as the start-up notice promised', async () => {
    const dataDir = tempDir();
    const clock = manualClock(monday);
    const app = start(dataDir, { now: clock.now });
    const { id } = await app.order.create();
    await app.ok('saveOrderNumbers', { id, source: '+14258820100' });
    // A newer PortDesk changed only the list's format (the README's recipe: one format, one new version).
    const newerFile = listFileOf(dataDir, id);
    const newerBytes = JSON.stringify({
      schemaVersion: 2,
      data: { source: '+14258820100\n+14258820101', labels: ['front desk', 'fax'] },
    });
    writeFileSync(newerFile, newerBytes);

    const again = start(dataDir, { now: clock.now });
    const notices = await again.ok('getStartupNotices');
    expect(notices).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('will not overwrite it') as string,
      }),
    ]);
    await again.call('saveOrderNumbers', { id, source: '+14258820199' });

    expect(existsSync(newerFile), 'the newer list file was deleted').toBe(true);
    expect(readFileSync(newerFile, 'utf8')).toBe(newerBytes);
  });
});

describe('a data folder written by PortDesk format v1', () => {
  it('keeps an order v1 stored under an upper-case id (the import defect of issue 12): it comes back in lower case', async () => {
    const dataDir = tempDir();
    cpSync(join(storedDir, 'v1', 'data'), dataDir, { recursive: true });
    // What PortDesk v1 wrote when a .portorder carried an id in upper case: the files took that id.
    const id = '2b15f394-de11-4ddf-b2dc-b521067c001f';
    const upper = id.toUpperCase();
    const orders = join(dataDir, 'orders');
    const file = JSON.parse(readFileSync(join(orders, `order-${id}.json`), 'utf8')) as {
      data: { id: string };
    };
    file.data.id = upper;
    writeFileSync(join(orders, `order-${upper}.json`), JSON.stringify(file));
    rmSync(join(orders, `order-${id}.json`));
    renameSync(
      join(orders, `order-${id}.numbers.json`),
      join(orders, `order-${upper}.numbers.json`),
    );

    const app = start(dataDir, { now: () => new Date('2026-03-02T15:11:00.000Z') });
    const listed = (await app.order.list()).orders.map((o) => o.id);
    const notices = await app.ok('getStartupNotices');
    // Either the order is back (canonical lower case), or the admin is at least told where it is.
    expect(
      listed.includes(id) || notices.some((n) => n.message.includes(upper)),
      `the order is neither listed nor named in a notice; listed: ${listed.join(', ')}`,
    ).toBe(true);
  });
});

describe('splitting the numbers of a submitted order', () => {
  it('is refused without creating any order', async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'sent.portorder');
    const app = start(dataDir, {
      now: manualClock(monday).now,
      dialogs: {
        ...noDialogs,
        chooseOrderSaveFile: () => Promise.resolve(file),
        chooseOrderFile: () => Promise.resolve(file),
      },
    });
    const id = await readyOrder(app);
    await app.ok('exportOrderFile', { id });
    // A colleague's order, already submitted, whose list mixes US, Canadian and toll-free numbers.
    const content = JSON.parse(readFileSync(file, 'utf8')) as {
      order: Record<string, unknown>;
      numbers: string;
    };
    content.order['id'] = '0b8a4f7e-3c2d-4e1f-9a8b-7c6d5e4f3a2b';
    content.order['status'] = 'processing';
    content.order['submission'] = { microsoftOrderId: 'PO-42', submittedOn: '2026-11-23' };
    content.numbers = '+14258820100\n+14163631234\n+18005551234';
    writeFileSync(file, JSON.stringify(content));
    const { order } = chosen(await app.ok('importOrderFile'));
    expect(order.status).toBe('processing');
    const before = (await app.order.list()).orders.length;

    const error = await refusal(app.call('splitOrderNumbers', { id: order.id }));
    expect(error.code).toBe('not-allowed');
    const after = await app.order.list();
    expect(
      after.orders.map((o) => o.name),
      'the refused split left new drafts behind',
    ).toHaveLength(before);
  });
});

describe('a new order for an organization saved by PortDesk v1', () => {
  it('is created, or refused in words, never answered "internal"', async () => {
    const dataDir = tempDir();
    // v1 kept any e-mail address the old form accepted; z.email() has no length limit.
    const email = `${'a'.repeat(64)}@${`${'b'.repeat(60)}.`.repeat(4)}com`;
    writeFileSync(
      join(dataDir, 'organizations.json'),
      JSON.stringify({
        schemaVersion: 1,
        data: {
          organizations: [
            {
              id: 'org-1',
              name: 'Contoso',
              country: 'US',
              street: '1 Main St',
              city: 'Seattle',
              region: 'WA',
              postalCode: '98101',
              contactName: 'Dana Whitfield',
              contactEmail: email,
              contactPhone: '(425) 555-0100',
            },
          ],
          activeId: 'org-1',
        },
      }),
    );
    const app = start(dataDir);
    expect(await app.ok('getStartupNotices')).toEqual([]);
    const result = await app.call('createOrder');
    expect(result.ok ? 'created' : result.error.code).not.toBe('internal');
  });
});

describe('the Port orders list on a full disk', () => {
  it('still shows every order when a transfer turned pending and its history line cannot be written yet', async () => {
    const dataDir = tempDir();
    const clock = manualClock(monday);
    const { disk, createConf } = fillableDisk();
    const app = start(dataDir, { now: clock.now, createConf });
    const id = await readyOrder(app);
    await app.ok('recordOrderStatus', {
      id,
      status: 'processing',
      microsoftOrderId: 'PO-7',
      submittedOn: '2026-11-23',
      authorizedWith: 'signedLetter',
    });
    await app.ok('recordOrderStatus', {
      id,
      status: 'transferApproved',
      focDate: '2026-12-08',
      focTime: '09:00',
    });
    const draft = await app.order.create();
    // The FOC is now less than 24 hours away, and the disk has just filled up.
    clock.advance(15 * 24 * 60 * 60 * 1000);
    disk.full = true;

    const result = await app.call('listOrders');
    expect(result.ok ? result.value.orders.map((o) => o.id).sort() : result.error).toEqual(
      [id, draft.id].sort(),
    );
  });
});

describe('an import the disk refuses', () => {
  it('leaves nothing behind, so the same file imported again is not taken for a copy', async () => {
    const dataDir = tempDir();
    const senderDir = tempDir();
    const file = join(tempDir(), 'sent.portorder');
    const scan = join(tempDir(), 'signed.png');
    writeFileSync(
      scan,
      Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082',
        'hex',
      ),
    );
    const sender = start(senderDir, {
      now: manualClock(monday).now,
      dialogs: {
        ...noDialogs,
        chooseScanFile: () => Promise.resolve(scan),
        chooseOrderSaveFile: () => Promise.resolve(file),
      },
    });
    const id = await readyOrder(sender);
    await sender.ok('attachSignedScan', { id });
    await sender.ok('exportOrderFile', { id });

    const { disk, createConf } = fillableDisk();
    const receiver = start(dataDir, {
      now: manualClock(monday).now,
      createConf,
      dialogs: { ...noDialogs, chooseOrderFile: () => Promise.resolve(file) },
    });
    const before = snapshot(dataDir);
    disk.full = true;
    expect(await refusal(receiver.call('importOrderFile'))).toMatchObject({ code: 'not-saved' });
    const left = [...snapshot(dataDir).keys()].filter((f) => !before.has(f));

    disk.full = false;
    const retried = chosen(await receiver.ok('importOrderFile'));
    expect({ left, asCopy: retried.asCopy, id: retried.order.id }).toEqual({
      left: [],
      asCopy: false,
      id,
    });
  });
});

describe('a signed scan missing from the order folder', () => {
  it('is named in words when the order is exported, not answered "internal", and no half package is left', async () => {
    const dataDir = tempDir();
    const exportDir = tempDir();
    const scan = join(tempDir(), 'signed.pdf');
    writeFileSync(scan, '%PDF-1.4\n%%EOF\n');
    const app = start(dataDir, {
      now: manualClock(monday).now,
      dialogs: {
        ...noDialogs,
        chooseScanFile: () => Promise.resolve(scan),
        chooseOrderSaveFile: () => Promise.resolve(join(exportDir, 'out.portorder')),
        chooseExportFolder: () => Promise.resolve(exportDir),
      },
    });
    const id = await readyOrder(app);
    const { signedScan } = chosen(await app.ok('attachSignedScan', { id })).order;
    // Removed by hand, by a cleaner or by an antivirus.
    rmSync(join(dataDir, 'orders', `order-${id}.files`, signedScan!.storedAs));

    const codes: Record<string, string> = {};
    for (const [channel, input] of [
      ['exportOrderFile', { id }],
      ['exportSubmissionPackage', { id, withHeader: true }],
    ] as const) {
      const result = await app.call(channel, input);
      codes[channel] = result.ok ? 'ok' : (result as { error: IpcError }).error.code;
    }
    expect.soft(codes, 'never "internal"').not.toMatchObject({ exportOrderFile: 'internal' });
    expect.soft(codes, 'never "internal"').not.toMatchObject({
      exportSubmissionPackage: 'internal',
    });
    // documents-service.ts: "Built before the folder is chosen, so a refusal leaves nothing half-written behind."
    expect(readdirSync(exportDir, { recursive: true })).toEqual([]);
  });
});

describe('a split the disk refuses half-way', () => {
  it('leaves each number in one order, also after the Retry the page offers', async () => {
    const dataDir = tempDir();
    const { disk, createConf } = fillableDisk();
    const app = start(dataDir, { now: manualClock(monday).now, createConf });
    const { id } = await app.order.create();
    await app.ok('saveOrderNumbers', {
      id,
      source: '+14258820100\n+14163631234\n+18005551234',
    });
    // The new drafts fit on the disk; the original's new list no longer does.
    disk.refuses = (name) => name.startsWith(`order-${id}`);
    disk.full = true;
    expect(await refusal(app.call('splitOrderNumbers', { id }))).toMatchObject({
      code: 'not-saved',
    });
    // "Not saved" offers Retry; the admin frees some space and retries.
    disk.full = false;
    await app.call('splitOrderNumbers', { id });

    const orders = (await app.order.list()).orders;
    const holders = new Map<string, string[]>();
    for (const order of orders) {
      const { source } = await app.ok('getOrderNumbers', { id: order.id });
      for (const line of source.split('\n').filter((l) => l !== ''))
        holders.set(line, [...(holders.get(line) ?? []), order.name]);
    }
    expect(Object.fromEntries(holders)).toEqual({
      '+14258820100': [expect.any(String)],
      '+14163631234': [expect.any(String)],
      '+18005551234': [expect.any(String)],
    });
  });
});

describe('a deleted order set aside at start-up', () => {
  it('takes all its files to deleted/, even those that could not move the first time', async () => {
    const dataDir = tempDir();
    const app = start(dataDir, { now: manualClock(monday).now });
    const { id } = await app.order.create();
    await app.ok('saveOrderNumbers', { id, source: '+14258820100' });
    await app.ok('deleteOrder', { id });
    const orders = join(dataDir, 'orders');
    const list = listFileOf(dataDir, id);
    // The first start moved the order file, then stopped (a crash, or a file held open on
    // Windows, which order-files.ts says "moves at a later start").
    const deleted = join(orders, 'deleted');
    mkdirSync(deleted);
    renameSync(join(orders, `order-${id}.json`), join(deleted, `order-${id}.json`));

    start(dataDir, { now: manualClock(monday).now });
    start(dataDir, { now: manualClock(monday).now });
    expect(readdirSync(orders).filter((f) => f.startsWith(`order-${id}`))).toEqual([]);
    expect(existsSync(list)).toBe(false);
  });
});

describe('a damaged number list of a submitted order', () => {
  it('is reported at start-up, with the other notices', async () => {
    const dataDir = tempDir();
    const app = start(dataDir, { now: manualClock(monday).now });
    const id = await readyOrder(app);
    await app.ok('recordOrderStatus', {
      id,
      status: 'processing',
      microsoftOrderId: 'PO-9',
      submittedOn: '2026-11-23',
      authorizedWith: 'signedLetter',
    });
    writeFileSync(listFileOf(dataDir, id), '{"schemaVersion":1,"data":{"sour');

    const again = start(dataDir, { now: manualClock(monday).now });
    const notices = await again.ok('getStartupNotices');
    expect(notices.map((n) => n.title)).toEqual(["A port order's number list could not be read"]);
  });
});

describe('history at its limit of 5,000 lines', () => {
  it('says how many lines, and from when, each summary stands for, also when summaries are summarized', async () => {
    const { withEntry } = await import('@main/services/orders/timeline-cap');
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString();
    const line = (n: number) => ({
      at: day(n),
      status: 'draft' as const,
      note: `line ${n}`,
      by: 'admin' as const,
    });
    let record = {
      timeline: Array.from({ length: 5000 }, (_, n) => line(n)),
    } as unknown as Parameters<typeof withEntry>[0];
    let written = 5000;
    // Two rounds of summarizing: 5,001 lines, then 5,001 again.
    while (written < 5000 + 1 + 99 + 1) record = withEntry(record, line(written++));
    const summaries = record.timeline.filter((l) => l.by === 'app');
    const kept = record.timeline.filter((l) => l.by === 'admin').length;
    // Lines 1 to 199 went into summaries; line 0 (how the order started) stays.
    expect(kept + 199).toBe(written);
    const stated = summaries.map((s) =>
      /^(\d+) earlier lines of history, from (\S+) /.exec(s.note),
    );
    expect({
      lines: stated.reduce((sum, m) => sum + Number(m?.[1] ?? 0), 0),
      from: stated.map((m) => m?.[2] ?? '').sort()[0],
    }).toEqual({ lines: 199, from: '2026-01-01' });
  });
});

describe('the services asked to write what is pending, on quit', () => {
  it('do not throw when the window-state file comes from a newer PortDesk', () => {
    const dataDir = tempDir();
    writeFileSync(
      join(dataDir, 'window-state.json'),
      JSON.stringify({ schemaVersion: 2, data: { maximized: true, display: 'left' } }),
    );
    const app = start(dataDir);
    // window.ts: every move and resize; then 'close', 'before-quit' and 'will-quit' call flush.
    app.services.windowState.setSoon({ maximized: false });
    expect(() => app.services.flushAll()).not.toThrow();
    expect(JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'))).toMatchObject({
      schemaVersion: 2,
    });
  });
});

describe('a recreate the disk refuses', () => {
  it('leaves no number list without its order behind, after any number of starts', async () => {
    const dataDir = tempDir();
    const clock = manualClock(monday);
    const { disk, createConf } = fillableDisk();
    const app = start(dataDir, { now: clock.now, createConf });
    const id = await readyOrder(app);
    await app.ok('recordOrderStatus', {
      id,
      status: 'processing',
      microsoftOrderId: 'PO-5',
      submittedOn: '2026-11-23',
      authorizedWith: 'signedLetter',
    });
    await app.ok('recordOrderStatus', { id, status: 'error', reason: 'btn', details: '' });
    // The copy's list fits on the disk; its order file does not (or: a crash between the two).
    disk.refuses = (name) => !name.startsWith(`order-${id}`) && !name.includes('.numbers');
    disk.full = true;
    expect(await refusal(app.call('recreateOrder', { id }))).toMatchObject({ code: 'not-saved' });
    disk.full = false;

    start(dataDir, { now: clock.now });
    start(dataDir, { now: clock.now });
    const files = readdirSync(join(dataDir, 'orders'));
    const lists = files.filter((f) => /^order-[0-9a-f-]{36}\.numbers(-\d+)?\.json$/.test(f));
    const orphans = lists.filter((f) => !files.includes(`${f.slice(0, 42)}.json`));
    expect(orphans).toEqual([]);
  });
});

describe('a .portorder with an unknown field in its answers', () => {
  it('is refused with a short message, not one that echoes the field name whole', async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'edited.portorder');
    const app = start(dataDir, {
      now: manualClock(monday).now,
      dialogs: {
        ...noDialogs,
        chooseOrderSaveFile: () => Promise.resolve(file),
        chooseOrderFile: () => Promise.resolve(file),
      },
    });
    const id = await readyOrder(app);
    await app.ok('exportOrderFile', { id });
    const content = JSON.parse(readFileSync(file, 'utf8')) as {
      order: { answers: { account: Record<string, unknown> } };
    };
    // Within the 64 MB a .portorder may weigh: a 10 MB key another tool added.
    content.order.answers.account['k'.repeat(10 * 1024 * 1024)] = 1;
    writeFileSync(file, JSON.stringify(content));

    const error = await refusal(app.call('importOrderFile'));
    expect(error.code).toBe('invalid-input');
    expect(error.message.length).toBeLessThan(2000);
  });
});

describe('a signed letter chosen that is a folder, or was moved away', () => {
  it('is refused in words, not answered "internal"', async () => {
    const folder = join(tempDir(), 'scans.pdf');
    mkdirSync(folder);
    const gone = join(tempDir(), 'gone.pdf');
    const codes: Record<string, string> = {};
    for (const [what, path] of [
      ['folder', folder],
      ['missing', gone],
    ] as const) {
      const app = start(tempDir(), {
        now: manualClock(monday).now,
        dialogs: { ...noDialogs, chooseScanFile: () => Promise.resolve(path) },
      });
      const id = await readyOrder(app);
      const result = await app.call('attachSignedScan', { id });
      codes[what] = result.ok ? 'ok' : (result as { error: IpcError }).error.code;
    }
    // Any code in words would do; both answer "internal" today.
    expect(Object.entries(codes).filter(([, code]) => code === 'internal')).toEqual([]);
  });
});

describe('an order file put back from the copy kept at the upgrade', () => {
  it('never deletes the number list saved since (set aside at most, as every other file)', async () => {
    const dataDir = tempDir();
    cpSync(join(storedDir, 'v1', 'data'), dataDir, { recursive: true });
    const at = () => new Date('2026-03-02T15:11:00.000Z');
    const id = '2b15f394-de11-4ddf-b2dc-b521067c001f';
    const orders = join(dataDir, 'orders');
    const app = start(dataDir, { now: at });
    const latest = '+14255550123\n+12065550188\n+12065550199';
    await app.ok('saveOrderNumbers', { id, source: latest });
    // The admin (or support) puts the order back as it was before the upgrade, from the
    // copy PortDesk kept "until the next start" (electron/storage/README.md).
    const copy = readdirSync(orders).find((f) => f.startsWith(`order-${id}.before-v`))!;
    cpSync(join(orders, copy), join(orders, `order-${id}.json`));

    const again = start(dataDir, { now: at });
    const notices = await again.ok('getStartupNotices');
    const kept = readdirSync(orders, { recursive: true, encoding: 'utf8' }).some((f) => {
      const path = join(orders, f);
      return statSync(path).isFile() && readFileSync(path, 'utf8').includes('+12065550199');
    });
    expect(kept, `the list saved after the upgrade is gone; notices: ${notices.length}`).toBe(true);
  });
});
