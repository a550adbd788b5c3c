import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { createDispatcher } from '@main/ipc-dispatcher';
import { type ChannelName, channelNames } from '@shared/contract';
import type { IpcResult } from '@shared/ipc-error';
import type { Order } from '@shared/schemas/order';
import { noDialogs, openServices } from '@tools/harness';
import { validAnswers } from '@tools/valid-order';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { manualClock, tempDir } from '../support/service-app';

/**
 * Every channel, fed what a compromised or buggy page could send: wrong types, huge
 * strings, `__proto__` keys, path traversal in ids and names, and valid inputs bent out of
 * shape. Main must answer each in words (never "internal"), a refused call must change no
 * file, and nothing may be written outside the data folder and the folder the admin chose.
 */
const root = tempDir();
const dataDir = join(root, 'data');
const exportDir = join(root, 'export');
const inputsDir = join(root, 'inputs');
const logged: string[] = [];
let dispatch: ReturnType<typeof createDispatcher>;
const ids: Record<'draft' | 'ready' | 'submitted' | 'error' | 'mixed', string> = {
  draft: '',
  ready: '',
  submitted: '',
  error: '',
  mixed: '',
};
const sender = { url: 'app://portdesk/index.html', isMainFrame: true };
const call = async <T>(channel: string, input?: unknown) =>
  (await dispatch(sender, channel, input)) as IpcResult<T>;

/** Every file under the test's folder with its size and bytes' hash, to see what a call changed. */
function snapshot(): Map<string, string> {
  const entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
  return new Map(
    entries.map((path) => {
      const full = join(root, path);
      const stat = statSync(full);
      return [path, stat.isDirectory() ? 'dir' : readFileSync(full).toString('base64')];
    }),
  );
}

function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k));
}

beforeAll(async () => {
  for (const dir of [dataDir, exportDir, inputsDir]) mkdirSync(dir, { recursive: true });
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]);
  writeFileSync(join(inputsDir, 'scan.pdf'), await pdf.save());
  writeFileSync(join(inputsDir, 'numbers.csv'), 'PhoneNumber\n(425) 882-0100\n');
  writeFileSync(join(inputsDir, 'order.portorder'), '{"format":"portdesk.portorder"}');
  const clock = manualClock('2026-11-23T15:00:00.000Z');
  const services = openServices(dataDir, [], {
    now: clock.now,
    logError: (message) => logged.push(message),
    dialogs: {
      ...noDialogs,
      chooseNumbersFile: () => Promise.resolve(join(inputsDir, 'numbers.csv')),
      chooseExportFolder: () => Promise.resolve(exportDir),
      chooseScanFile: () => Promise.resolve(join(inputsDir, 'scan.pdf')),
      chooseOrderFile: () => Promise.resolve(join(inputsDir, 'order.portorder')),
      // The dialog starts from the name main suggests; the admin keeps it.
      chooseOrderSaveFile: (name) => Promise.resolve(join(exportDir, name)),
    },
  });
  dispatch = createDispatcher(services.handlers, {
    isTrustedSender: () => true,
    logError: (message) => logged.push(message),
  });
  const answers = validAnswers(clock.now());
  let exchange = 200;
  const make = async (status: keyof typeof ids) => {
    const { value } = (await call<Order>('createOrder')) as { value: Order };
    // Numbers of its own (a number goes in one order only), the BTN first.
    const own = `+1425${exchange}0100\n+1425${exchange++}0101`;
    await call('saveOrderNumbers', { id: value.id, source: own });
    if (status !== 'draft') {
      for (const step of ['getStarted', 'numbers', 'account', 'documents', 'authorize'] as const)
        await call('saveOrderStep', { id: value.id, step, values: answers[step] });
    }
    await call('saveOrderStep', {
      id: value.id,
      step: 'btn',
      values: { ...answers.btn, btn: own.split('\n')[0] },
    });
    await call('saveOrderStep', {
      id: value.id,
      step: 'details',
      values: { ...answers.details, orderName: `Fuzz ${status}` },
    });
    return value.id;
  };
  ids.draft = await make('draft');
  ids.ready = await make('ready');
  await call('finishOrder', { id: ids.ready });
  const submit = async (id: string) => {
    await call('finishOrder', { id });
    await call('recordOrderStatus', {
      id,
      status: 'processing',
      microsoftOrderId: `PO-${id.slice(0, 6)}`,
      submittedOn: '2026-11-23',
      authorizedWith: 'signedLetter',
    });
  };
  ids.submitted = await make('submitted');
  await submit(ids.submitted);
  ids.error = await make('error');
  await submit(ids.error);
  await call('recordOrderStatus', { id: ids.error, status: 'error', reason: 'btn', details: '' });
  // A list of three countries and types: a split's input.
  const mixed = '+14258820100\n+14168820100\n+18008820100';
  ids.mixed = await make('draft');
  await call('saveOrderNumbers', { id: ids.mixed, source: mixed });
  const statusOf = async (id: string) =>
    ((await call<Order>('getOrder', { id })) as { value: Order }).value.status;
  expect(await Promise.all([ids.ready, ids.submitted, ids.error].map(statusOf))).toEqual([
    'ready',
    'processing',
    'error',
  ]);
  await call('saveOrganization', {
    name: 'Fuzz Org',
    country: 'US',
    street: '',
    city: '',
    region: '',
    postalCode: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  });
});
const answered = new Map<string, number>();
afterAll(() => {
  expect(logged, 'internal failures logged by main').toEqual([]);
  // The fuzz reached the handlers, not only the gate: these channels took some inputs.
  for (const channel of [
    'saveOrderStep',
    'saveOrderNumbers',
    'updateSettings',
    'getOrder',
    'setPin',
  ])
    expect(answered.get(channel) ?? 0, `${channel} never accepted an input`).toBeGreaterThan(0);
});

const traversal = fc.constantFrom(
  '../../../../etc/passwd',
  '..\\..\\Windows\\System32',
  '/tmp/escape',
  'C:\\escape',
  '%2e%2e%2f',
  'order-../../x',
  '\u202Egpj.exe',
  'CON',
);
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  traversal,
  fc.constant('x'.repeat(1_500_000)),
  fc.constant(''),
);
const existingId = () => fc.constantFrom(...Object.values(ids), ids.draft.toUpperCase());
const anyId = () =>
  fc.oneof({ arbitrary: existingId(), weight: 4 }, fc.uuid(), traversal, fc.anything());
const protoKeys = fc.constantFrom(
  JSON.parse('{"__proto__":{"polluted":true}}') as object,
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as object,
);
/** A valid-looking input for a channel, so the fuzz also reaches the handlers, not only the gate. */
const plausible: Partial<Record<ChannelName, () => fc.Arbitrary<unknown>>> = {
  updateSettings: () =>
    fc.record({ theme: fc.oneof(fc.constantFrom('light', 'dark'), fc.anything()) }),
  saveOrderStep: () =>
    fc.oneof(
      {
        // A valid save whose name tries to climb out of the export folder later.
        arbitrary: fc.record({
          id: existingId(),
          step: fc.constant('details'),
          values: fc
            .constantFrom('../../../evil', '..\\..\\evil', '\u202Eevil', 'CON')
            .map((orderName) => ({
              ...validAnswers(new Date()).details,
              orderName,
            })),
        }),
        weight: 3,
      },
      fc.record({
        id: anyId(),
        step: fc.constantFrom('account', 'getStarted', 'review', '__proto__'),
        values: fc.dictionary(fc.string(), fc.anything()),
      }),
    ),
  saveOrderNumbers: () => fc.record({ id: anyId(), source: hostileString }),
  exportOrderNumbers: () => fc.record({ id: anyId(), withHeader: fc.anything() }),
  exportSubmissionPackage: () => fc.record({ id: anyId(), withHeader: fc.boolean() }),
  recordOrderStatus: () =>
    fc.record({
      id: anyId(),
      status: fc.constantFrom('processing', 'error', 'cancelled', 'completed', 'draft'),
      microsoftOrderId: hostileString,
      submittedOn: fc.constantFrom('1900-01-01', '2026-11-23', '9999-99-99', 'yesterday'),
      reason: fc.constantFrom('btn', 'other', '__proto__'),
      details: hostileString,
      note: hostileString,
    }),
  openLoa: () => fc.record({ id: anyId(), version: fc.constantFrom('us-en', 'ca-fr', '../x') }),
  setCarrierPin: () => fc.record({ id: anyId(), pin: hostileString }),
  setPin: () =>
    fc.oneof(
      fc.stringMatching(/^\d{6,10}$/).map((pin) => ({ pin, confirm: pin })),
      fc.record({ pin: hostileString, confirm: hostileString }),
    ),
  saveOrganization: () =>
    fc.record({
      id: fc.oneof(fc.constant(undefined), traversal),
      name: hostileString,
      country: fc.constantFrom('US', 'CA', 'GB'),
      street: hostileString,
      city: fc.string(),
      region: fc.string(),
      postalCode: fc.string(),
      contactName: fc.string(),
      contactEmail: hostileString,
      contactPhone: fc.string(),
    }),
  dismissStartupNotice: () => fc.record({ id: hostileString }),
  revealStartupNoticeBackup: () => fc.record({ id: hostileString }),
  markOrderStepChecked: () => fc.record({ id: anyId(), step: fc.string() }),
  visitOrderStep: () => fc.record({ id: anyId(), step: fc.string() }),
};
const inputFor = (channel: ChannelName): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 3 }),
    hostileString,
    protoKeys,
    fc.record({ id: anyId() }),
    fc.record({ id: anyId(), extra: fc.anything() }),
    { arbitrary: plausible[channel]?.() ?? fc.constant(undefined), weight: 6 },
  );

describe('every channel, fed hostile input', () => {
  it.each(channelNames)(
    '%s: answers in words, and a refused call changes no file',
    async (channel) => {
      await fc.assert(
        fc.asyncProperty(inputFor(channel), async (input) => {
          const before = snapshot();
          const result = await call(channel, input);
          const changed = changedPaths(before, snapshot());
          if (!result.ok) {
            expect(result.error.code, JSON.stringify(result.error).slice(0, 300)).not.toBe(
              'internal',
            );
            expect(result.error.message.length).toBeLessThan(2000);
            expect(changed, `${channel} was refused but changed files`).toEqual([]);
          } else {
            answered.set(channel, (answered.get(channel) ?? 0) + 1);
            const outside = changed.filter((p) => !p.startsWith('data') && !p.startsWith('export'));
            expect(outside, `${channel} wrote outside the data and export folders`).toEqual([]);
          }
          expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
          // What the admin exported is checked; the next call starts with an empty folder.
          rmSync(exportDir, { recursive: true, force: true });
          mkdirSync(exportDir);
        }),
        { numRuns: 40, seed: 42 },
      );
    },
    60_000,
  );
});
