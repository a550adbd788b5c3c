import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { isListFile, orderFilePattern, ordersDir } from '@main/services/orders/order-files';
import { storedFormats } from '@main/storage/formats';
import { checkOrder } from '@shared/order/check-order';
import { accountFieldLabels } from '@shared/order/field-labels';
import type { CarrierRecordView } from '@shared/schemas/carrier-record';
import type { Order, OrderList } from '@shared/schemas/order';
import type { OrganizationList } from '@shared/schemas/organization';
import { createAesSecretBox } from '@tools/aes-secret-box';
import { createMemoryClipboard, noDialogs } from '@tools/harness';
import { chosen } from '@tools/typed-calls';
import { afterEach, describe, expect, it } from 'vitest';

import { fixtureKey } from '../fixtures/stored/fixture-key';
import { deletedOrderFileIn, orderFileIn, orderFilesIn } from '../support/data-files';
import { cleanUp, start } from '../support/service-app';

/**
 * Every data folder and `.portorder` file an earlier PortDesk wrote (`test/fixtures/stored/v<N>/`)
 * opens with today's code with every value intact, is written back at today's versions, and
 * keeps a copy of each upgraded file until the next start.
 */
const storedDir = join(import.meta.dirname, '../fixtures/stored');
const versions = readdirSync(storedDir).filter((name) => /^v\d+$/.test(name));

interface Expected {
  writtenAt: string;
  settings: unknown;
  windowState: unknown;
  organizations: OrganizationList;
  pin: { status: unknown; value: string };
  carrierPins: Record<string, string>;
  deletedOrderId: string;
  list: OrderList;
  orders: { order: Order; numbers: unknown }[];
  portorder: { file: string; orderId: string };
  /** The version of each stored format the folder was written with (from v4 on; earlier: the folder's number was the order's). */
  formats?: Record<string, number>;
  /** The carrier's record of each order that has one, as the app showed it (from v4 on). */
  carrierRecords?: Record<string, CarrierRecordView>;
  /** An order in each of today's two statuses (from v4 on). */
  statuses?: { customerActionRequired: string; supportEngaged: string };
}

const box = createAesSecretBox(true, fixtureKey);

/**
 * What an order written before format 3 (answers by the old steps: Location, Transfer
 * date, Letter) looks like today: every value kept, moved to the step that asks it now,
 * written out here by hand rather than by calling the upgrade it checks.
 */
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const oldSteps: Record<string, string> = {
  getStarted: 'getStarted',
  location: 'getStarted',
  account: 'account',
  numbers: 'numbers',
  transfer: 'details',
  loa: 'authorize',
  review: 'review',
};
function asToday(order: Order): Order {
  const o = order as unknown as Loose;
  if (!('location' in o['answers'])) return order;
  const { getStarted, location, account, numbers, transfer, loa } = o['answers'] as Loose;
  const { orderName, notificationEmails, btn, includesMobile, ...rest } = account as Loose;
  const moved = (f: Loose) =>
    f['step'] === 'account' && f['field'] === 'btn'
      ? { step: 'btn', field: 'btn' }
      : f['step'] === 'numbers' && f['field'] === 'portType'
        ? { step: 'btn', field: 'portType' }
        : { ...f, step: oldSteps[f['step'] as string] };
  const recheck = o['recheck'] as Loose | undefined;
  const fields = recheck ? (recheck['fields'] as Loose[]).map(moved) : [];
  return {
    ...o,
    lastStep:
      recheck && (recheck['fields'] as Loose[])[0]?.['step'] === o['lastStep']
        ? fields[0]!['step']
        : oldSteps[o['lastStep'] as string],
    visited: [
      ...new Set(
        (o['visited'] as string[]).flatMap((v) =>
          v === 'numbers' ? ['numbers', 'btn'] : [oldSteps[v]],
        ),
      ),
    ],
    answers: {
      getStarted: { country: location['country'], checklist: getStarted['checklist'] },
      numbers: {
        numberType: location['numberType'],
        usage: { users: 'user', services: 'voiceApp', '': '' }[location['assignedTo'] as string],
        usageByNumber: {},
        includesMobile,
      },
      btn: {
        btn,
        portType: numbers['portType'],
        leftBehind: numbers['leftBehind'],
        replacementBtn: '',
      },
      account: rest,
      documents: { billDate: '' },
      details: { orderName, requester: '', notificationEmails, ...transfer },
      authorize: {
        method: (loa['signature'] as string).trim() === '' ? '' : 'letter',
        eSignatureSentOn: '',
        ...loa,
      },
    },
    numbers: { replacementBtnListed: false, ...o['numbers'] },
    ...(recheck ? { recheck: { ...recheck, fields } } : {}),
    documents: [],
    detachedScans: [],
  } as unknown as Order;
}

/**
 * A row of the Port orders list as today shows it, from the row the fixture's release recorded
 * (recorded files are never rewritten: what changed since is derived here):
 * - since issue 13, a rejected or cancelled order shows no transfer date (it will not transfer);
 * - format 3 changed the steps' count (checked on its own) and their names.
 */
function listAsToday(list: OrderList, orders: { order: Order }[], fromToday: boolean) {
  const stepOf = (id: string) => asToday(orders.find((o) => o.order.id === id)!.order).lastStep;
  return list.orders.map((recorded) => {
    const row =
      recorded.status === 'error' || recorded.status === 'cancelled'
        ? { ...recorded, transferDate: '', transferDateKind: 'none' as const }
        : recorded;
    return fromToday
      ? row
      : { ...row, lastStep: stepOf(row.id), stepsComplete: expect.any(Number), stepsTotal: 7 };
  });
}
const sortedNumbers = (n: unknown) => {
  const { source, elsewhere } = n as { source: string; elsewhere: [string, string][] };
  return { source, elsewhere: [...elsewhere].sort((a, b) => a[0].localeCompare(b[0])) };
};
const copies: string[] = [];
afterEach(() => {
  cleanUp();
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a fixture folder (the fixture itself is never written). */
function copyOf(version: string): string {
  const dir = mkdtempSync(join(tmpdir(), `portdesk-stored-${version}-`));
  copies.push(dir);
  cpSync(join(storedDir, version, 'data'), dir, { recursive: true });
  return dir;
}

/** Every data file with its format's name, as `[path, kind]`, backups and scans left out. */
function storedFiles(dataDir: string): [string, string][] {
  const top = readdirSync(dataDir).flatMap((f) =>
    f.endsWith('.json') && !f.includes('.before-') ? [[join(dataDir, f), f.slice(0, -5)]] : [],
  ) as [string, string][];
  const dir = ordersDir(dataDir);
  const orders = readdirSync(dir).flatMap((f): [string, string][] => {
    if (orderFilePattern.test(f)) return [[join(dir, f), 'order']];
    if (isListFile(f)) return [[join(dir, f), 'numbers-list']];
    if (f.endsWith('.carrier-record.json')) return [[join(dir, f), 'carrier-record']];
    return [];
  });
  return [...top, ...orders];
}

describe.each(versions)('data written by PortDesk format %s', (version) => {
  const expected = JSON.parse(
    readFileSync(join(storedDir, version, 'expected.json'), 'utf8'),
  ) as Expected;
  const open = (dataDir: string, clipboard = createMemoryClipboard()) =>
    start(dataDir, { now: () => new Date(expected.writtenAt), secretBox: box, clipboard });

  it('opens with every value intact, twice', async () => {
    const dataDir = copyOf(version);
    for (let run = 1; run <= 2; run++) {
      const clipboard = createMemoryClipboard();
      const app = open(dataDir, clipboard);
      expect(await app.ok('getStartupNotices')).toEqual([]);
      expect(await app.ok('getSettings')).toEqual(expected.settings);
      expect(app.services.windowState.get()).toEqual(expected.windowState);
      expect(await app.ok('listOrganizations')).toEqual(expected.organizations);
      expect(await app.ok('getPinStatus')).toEqual(expected.pin.status);
      await app.ok('copyPinToClipboard');
      expect(clipboard.text).toBe(expected.pin.value);
      const orderVersion = expected.formats?.['order'] ?? Number(version.slice(1));
      const fromToday = orderVersion === storedFormats['order']!.version;
      expect((await app.order.list()).orders).toEqual(
        listAsToday(expected.list, expected.orders, fromToday),
      );
      for (const { order, numbers } of expected.orders) {
        expect(await app.order.get(order.id), order.id).toEqual(asToday(order));
        // The numbers of other orders are a set: the order they are listed in carries no meaning.
        expect(sortedNumbers(await app.ok('getOrderNumbers', { id: order.id }))).toEqual(
          sortedNumbers(numbers),
        );
      }
      for (const [id, view] of Object.entries(expected.carrierRecords ?? {}))
        expect(await app.ok('getCarrierRecord', { id }), id).toEqual(view);
      for (const [status, id] of Object.entries(expected.statuses ?? {}))
        expect((await app.order.get(id)).status).toBe(status);
      for (const [id, pin] of Object.entries(expected.carrierPins)) {
        const file = JSON.parse(readFileSync(orderFileIn(dataDir, id), 'utf8')) as {
          data: { carrierPinSealed: string };
        };
        expect(box.decrypt(Buffer.from(file.data.carrierPinSealed, 'base64'))).toBe(pin);
      }
      expect(await app.call('getOrder', { id: expected.deletedOrderId })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
      expect(existsSync(deletedOrderFileIn(dataDir, expected.deletedOrderId))).toBe(true);
    }
  });

  it("is written back at today's versions, with a copy of each upgraded file until the next start", () => {
    const dataDir = copyOf(version);
    const before = storedFiles(dataDir).map(([file, kind]) => ({
      file,
      kind,
      version: (JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number }).schemaVersion,
    }));
    const upgraded = before.filter((f) => f.version < storedFormats[f.kind]!.version);
    open(dataDir);
    for (const [file, kind] of storedFiles(dataDir)) {
      const { schemaVersion } = JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number };
      expect(schemaVersion, file).toBe(storedFormats[kind]!.version);
    }
    const backups = (dir: string) => readdirSync(dir).filter((f) => f.includes('.before-v'));
    const allBackups = () => [...backups(dataDir), ...backups(ordersDir(dataDir))];
    const movedToDeleted = upgraded.filter((f) => f.file.includes(expected.deletedOrderId));
    expect(allBackups()).toHaveLength(upgraded.length - movedToDeleted.length);
    for (const { file } of upgraded.filter((f) => !movedToDeleted.includes(f))) {
      const stem = file.slice(file.lastIndexOf('/') + 1, -'.json'.length);
      expect(
        allBackups().some((b) => b.startsWith(`${stem}.before-v`)),
        stem,
      ).toBe(true);
    }
    open(dataDir);
    expect(allBackups()).toEqual([]);
  });

  it('its .portorder file imports into a fresh folder with every answer, number and history line', async () => {
    const file = join(storedDir, version, expected.portorder.file);
    const dataDir = mkdtempSync(join(tmpdir(), 'portdesk-stored-import-'));
    copies.push(dataDir);
    const app = start(dataDir, {
      now: () => new Date(expected.writtenAt),
      dialogs: { ...noDialogs, chooseOrderFile: () => Promise.resolve(file) },
    });
    const { order, asCopy } = chosen(await app.ok('importOrderFile'));
    const found = expected.orders.find((o) => o.order.id === expected.portorder.orderId)!;
    const sent = { ...found, order: asToday(found.order) };
    expect(asCopy).toBe(false);
    expect(order).toMatchObject({
      ...sent.order,
      documents: sent.order.documents.map((d) => ({ ...d, storedAs: expect.any(String) })),
      updatedAt: expected.writtenAt,
      carrierPinSet: false,
      signedScan: { ...sent.order.signedScan, storedAs: expect.any(String) },
      // Earlier signed letters do not travel: the import's history line names them instead.
      detachedScans: [],
      timeline: [
        ...sent.order.timeline,
        expect.objectContaining({
          note: expect.stringMatching(
            sent.order.detachedScans.length > 0
              ? /^Imported from .*stayed on the sender's computer\.$/
              : /^Imported from /,
          ),
        }),
      ],
    });
    expect(await app.ok('getOrderNumbers', { id: order.id })).toEqual({
      source: (sent.numbers as { source: string }).source,
      elsewhere: [],
    });
    expect(existsSync(join(orderFilesIn(dataDir, order.id), order.signedScan!.storedAs))).toBe(
      true,
    );
    // The carrier's record travels with its PDF (from .portorder 4 on).
    const record = expected.carrierRecords?.[expected.portorder.orderId];
    if (record?.attached) {
      const received = await app.ok('getCarrierRecord', { id: order.id });
      expect(received).toEqual({
        ...record,
        source: { ...record.source, storedAs: expect.any(String) },
      });
      const pdf = (received as typeof record).source.storedAs!;
      expect(existsSync(join(orderFilesIn(dataDir, order.id), pdf))).toBe(true);
    }
  });
});

describe('an answer today requires that an earlier PortDesk did not ask', () => {
  it('a draft and a Ready order saved without a requester open with every answer; the requester is an error at Porting details until given', async () => {
    const expected = JSON.parse(
      readFileSync(join(storedDir, 'v2', 'expected.json'), 'utf8'),
    ) as Expected;
    const app = start(copyOf('v2'), { now: () => new Date(expected.writtenAt), secretBox: box });
    const open = expected.orders.filter((o) => ['draft', 'ready'].includes(o.order.status));
    expect(open.map((o) => o.order.status)).toEqual(expect.arrayContaining(['draft', 'ready']));
    for (const { order } of open) {
      const here = await app.order.get(order.id);
      expect(here.answers, order.id).toEqual(asToday(order).answers);
      expect(here.status).toBe(order.status);
      const issues = checkOrder(here, new Date(expected.writtenAt)).issues;
      expect(issues, order.id).toContainEqual({
        step: 'details',
        field: 'requester',
        message: expect.stringMatching(new RegExp(`^${accountFieldLabels.requester}: `)),
      });
    }
    // The admin gives it: the error goes, nothing else moved.
    const ready = open.find((o) => o.order.status === 'ready')!.order;
    const given = await app.order.save(ready.id, 'details', {
      ...asToday(ready).answers.details,
      requester: 'Dana Whitfield',
    });
    const left = checkOrder(given, new Date(expected.writtenAt)).issues;
    expect(left.filter((i) => i.field === 'requester')).toEqual([]);
    expect(given.answers.account).toEqual(asToday(ready).answers.account);
  });
});
