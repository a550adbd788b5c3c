import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { toIsoDate } from '@shared/calendar/business-days';
import { type ChannelName } from '@shared/contract';
import type { IpcError } from '@shared/ipc-error';
import { earliestDesiredDate } from '@shared/order/lead-time';
import { earliestPendingFrom, pendingFrom, recordableFrom } from '@shared/order/lifecycle';
import type { Order } from '@shared/schemas/order';
import { type RecordStatusInput } from '@shared/schemas/order-status';
import { noDialogs } from '@tools/harness';
import { chosen } from '@tools/typed-calls';
import { validAnswers } from '@tools/valid-order';
import { afterEach, describe, expect, it } from 'vitest';

import { listFileOf, orderFileIn, orderFilesIn } from '../support/data-files';
import { cleanUp, manualClock, saveAll, start, tempDir } from '../support/service-app';

afterEach(cleanUp);

/** A Monday morning, Eastern; dates below are US business days after it. */
const monday = '2026-11-23T15:00:00.000Z';
const hour = 60 * 60 * 1000;

async function readyOrder() {
  const clock = manualClock(monday);
  const app = start(tempDir(), { now: clock.now });
  const { id } = await app.order.create();
  const answers = validAnswers(clock.now());
  // Signed through the admin center's e-signature request: recording the submission needs no scan.
  await saveAll(app, id, {
    ...answers,
    authorize: { ...answers.authorize, method: 'eSignature', eSignatureSentOn: '2026-11-23' },
  });
  await app.ok('finishOrder', { id });
  const record = (input: WithoutId<RecordStatusInput>) =>
    app.call('recordOrderStatus', { id, ...input });
  const refused = async (channel: ChannelName, input: unknown): Promise<IpcError> => {
    const result = await app.send(channel, input);
    if (result.ok) throw new Error(`${channel} was accepted`);
    return result.error;
  };
  return { app, clock, id, record, refused };
}

/** A status's input without the order's id (each case of the union keeps its own fields). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

const value = <T>(result: { ok: true; value: T } | { ok: false; error: IpcError }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('the lifecycle, as the admin records it', () => {
  it('walks submitted, carrier contacted, approved, FOC moved, pending by itself, completed; each on the timeline', async () => {
    const { app, clock, id, record } = await readyOrder();
    clock.advance(hour);
    value(
      await record({
        status: 'processing',
        microsoftOrderId: 'PO-1234-ABCD',
        submittedOn: '2026-11-23',
      }),
    );
    clock.advance(hour);
    value(await record({ status: 'contactingCarrier', note: '' }));
    clock.advance(hour);
    value(await record({ status: 'transferApproved', focDate: '2026-12-08', focTime: '10:00' }));
    clock.advance(hour);
    const moved = value(
      await record({ status: 'transferApproved', focDate: '2026-12-09', focTime: '14:30' }),
    );
    expect(moved.status).toBe('transferApproved');
    expect(moved.foc).toEqual({ date: '2026-12-09', time: '14:30' });

    // A minute before the 24-hour mark it is still approved; at the mark it is pending, dated then.
    const mark = pendingFrom({ date: '2026-12-09', time: '14:30' });
    expect(mark.toISOString()).toBe('2026-12-08T19:30:00.000Z'); // 14:30 EST is 19:30 UTC
    clock.advance(mark.getTime() - clock.now().getTime() - 60_000);
    expect((await app.order.get(id)).status).toBe('transferApproved');
    clock.advance(2 * 60_000);
    const pending = await app.order.get(id);
    expect(pending.status).toBe('transferPending');
    expect((await app.order.list()).orders[0]).toMatchObject({
      status: 'transferPending',
      transferDate: '2026-12-09',
      transferDateKind: 'foc',
      microsoftOrderId: 'PO-1234-ABCD',
    });

    clock.advance(30 * hour);
    const done = value(await record({ status: 'completed', note: 'All 2 numbers ring on Teams.' }));
    expect(done.timeline.map((e) => [e.status, e.by])).toEqual([
      ['draft', 'admin'],
      ['ready', 'admin'],
      ['processing', 'admin'],
      ['contactingCarrier', 'admin'],
      ['transferApproved', 'admin'],
      ['transferApproved', 'admin'],
      ['transferPending', 'app'],
      ['completed', 'admin'],
    ]);
    expect(done.timeline[2]!.note).toBe(
      "Submitted in the admin center on Monday, November 23, 2026. Microsoft's order ID: PO-1234-ABCD. Authorized with the e-signature request.",
    );
    expect(done.timeline[4]!.note).toBe(
      'The carrier confirmed the transfer (FOC): Tuesday, December 8, 2026 at 10:00 AM Eastern.',
    );
    expect(done.timeline[5]!.note).toBe(
      'FOC moved from Tuesday, December 8, 2026 at 10:00 AM Eastern to Wednesday, December 9, 2026 at 2:30 PM Eastern.',
    );
    expect(done.timeline[6]!.at).toBe(mark.toISOString());
    expect(done.timeline[7]!.note).toBe('All 2 numbers ring on Teams.');
    // Written to the order's file at once.
    const onDisk = JSON.parse(readFileSync(orderFileIn(app.dataDir, id), 'utf8')) as {
      data: Order;
    };
    expect(onDisk.data.status).toBe('completed');
    expect(onDisk.data.timeline).toHaveLength(8);
  });

  it('an FOC already under 24 hours away makes the order pending at once, its line kept in time order; a passed one is refused', async () => {
    const { clock, record } = await readyOrder();
    value(
      await record({ status: 'processing', microsoftOrderId: 'PO-9', submittedOn: '2026-11-23' }),
    );
    clock.advance(24 * hour); // Tuesday 10:00 Eastern: 23 hours before Wednesday 9:00
    expect(
      await record({ status: 'transferApproved', focDate: '2026-11-24', focTime: '09:00' }),
    ).toMatchObject({
      ok: false,
      error: { field: 'focDate', message: expect.stringContaining('already passed') },
    });
    const order = value(
      await record({ status: 'transferApproved', focDate: '2026-11-25', focTime: '09:00' }),
    );
    expect(order.status).toBe('transferPending');
    // Due at Tuesday 9:00, before the approval recorded at 10:00: the history reads in time order.
    expect(order.timeline.slice(-2).map((e) => e.status)).toEqual([
      'transferPending',
      'transferApproved',
    ]);
    const times = order.timeline.map((e) => e.at);
    expect(times).toEqual([...times].sort());
  });

  it('refuses to submit a Ready order whose desired date has become too close, saying why', async () => {
    const { clock, record } = await readyOrder();
    clock.advance(4 * 24 * hour);
    expect(
      await record({ status: 'processing', microsoftOrderId: 'PO-10', submittedOn: '2026-11-27' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'not-allowed',
        message: expect.stringContaining('Submission: this order no longer passes its checks'),
      },
    });
  });
});

describe('what each status allows is enforced by main, whatever the page sends', () => {
  it('refuses to cancel a Transfer pending order, and leaves it as it was', async () => {
    const { app, clock, id, record, refused } = await readyOrder();
    value(
      await record({ status: 'processing', microsoftOrderId: 'PO-1', submittedOn: '2026-11-23' }),
    );
    value(await record({ status: 'transferApproved', focDate: '2026-12-08', focTime: '10:00' }));
    clock.advance(15 * 24 * hour);
    const error = await refused('recordOrderStatus', { id, status: 'cancelled', note: '' });
    expect(error).toMatchObject({ code: 'not-allowed' });
    expect(error.message).toContain(
      'Less than 24 hours before the transfer, the order can no longer be cancelled',
    );
    const order = await app.order.get(id);
    expect(order.status).toBe('transferPending');
    expect(order.timeline.at(-1)!.status).toBe('transferPending');
  });

  it('refuses the country, numbers, deletion and out-of-order statuses once submitted', async () => {
    const { app, id, record, refused } = await readyOrder();
    value(
      await record({ status: 'processing', microsoftOrderId: 'PO-2', submittedOn: '2026-11-23' }),
    );
    const before = readFileSync(listFileOf(app.dataDir, id), 'utf8');
    const answers = validAnswers(new Date(monday));
    for (const [channel, input] of [
      [
        'saveOrderStep',
        { id, step: 'getStarted', values: { ...answers.getStarted, country: 'CA' } },
      ],
      ['saveOrderNumbers', { id, source: '+14258820100' }],
      ['deleteOrder', { id }],
      ['finishOrder', { id }],
      ['recreateOrder', { id }],
      ['recordOrderStatus', { id, status: 'completed', note: '' }],
      [
        'recordOrderStatus',
        { id, status: 'processing', microsoftOrderId: 'PO-3', submittedOn: '2026-11-23' },
      ],
    ] as const) {
      expect((await refused(channel, input)).code, channel).toBe('not-allowed');
    }
    expect(readFileSync(listFileOf(app.dataDir, id), 'utf8')).toBe(before);
    const order = await app.order.get(id);
    expect(order.answers.getStarted.country).toBe('US');
    expect(order.status).toBe('processing');
    expect((await app.ok('listOrders')).orders).toHaveLength(1);
  });

  it('refuses a submission before the order is checked', async () => {
    const clock = manualClock(monday);
    const app = start(tempDir(), { now: clock.now });
    const { id } = await app.order.create();
    const result = await app.call('recordOrderStatus', {
      id,
      status: 'processing',
      microsoftOrderId: 'PO-4',
      submittedOn: '2026-11-23',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not-allowed', message: expect.stringContaining('finish it on Review first') },
    });
  });

  it('points at the field for dates that cannot be and IDs that are not IDs', async () => {
    const { app, id, record } = await readyOrder();
    expect(
      await record({ status: 'processing', microsoftOrderId: 'PO 5', submittedOn: '2026-11-23' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'microsoftOrderId' } });
    expect(
      await record({ status: 'processing', microsoftOrderId: 'PO-5', submittedOn: '2026-11-24' }),
    ).toMatchObject({
      ok: false,
      error: { field: 'submittedOn', message: expect.stringContaining('still to come') },
    });
    expect(
      await record({ status: 'processing', microsoftOrderId: 'PO-5', submittedOn: '2026-02-30' }),
    ).toMatchObject({ ok: false, error: { field: 'submittedOn' } });
    value(
      await record({ status: 'processing', microsoftOrderId: 'PO-5', submittedOn: '2026-11-23' }),
    );
    expect(
      await record({ status: 'transferApproved', focDate: '2026-12-05', focTime: '10:00' }),
    ).toMatchObject({
      ok: false,
      error: { field: 'focDate', message: expect.stringContaining('business days') },
    });
    expect(
      await record({ status: 'transferApproved', focDate: '2026-12-25', focTime: '10:00' }),
    ).toMatchObject({ ok: false, error: { field: 'focDate' } });
    expect(
      await record({ status: 'transferApproved', focDate: '2026-11-20', focTime: '10:00' }),
    ).toMatchObject({
      ok: false,
      error: {
        field: 'focDate',
        message: expect.stringContaining('before the order was submitted'),
      },
    });
    expect(
      await record({ status: 'transferApproved', focDate: '2026-12-08', focTime: '25:00' }),
    ).toMatchObject({ ok: false, error: { field: 'focTime' } });
    expect(await record({ status: 'error', reason: 'other', details: '  ' })).toMatchObject({
      ok: false,
      error: { field: 'details' },
    });
    // A reason the contract does not know: sent as an untrusted page could.
    const unknownReason = { id, status: 'error', reason: 'not-a-reason', details: '' };
    expect(await app.send('recordOrderStatus', unknownReason)).toMatchObject({
      ok: false,
      error: { field: 'reason' },
    });
  });
});

describe('recreating an order after an error', () => {
  it('copies everything into a new draft, marks the fields the reason points at, and needs them checked before Finish', async () => {
    const { app, id, record } = await readyOrder();
    value(
      await record({ status: 'processing', microsoftOrderId: 'PO-6', submittedOn: '2026-11-23' }),
    );
    value(
      await record({ status: 'error', reason: 'btn', details: 'BTN on the CSR is +14258820111' }),
    );
    const draft = await app.ok('recreateOrder', { id });
    const source = await app.order.get(id);
    expect(draft.id).not.toBe(id);
    expect(draft.status).toBe('draft');
    expect(draft.answers.account).toEqual(source.answers.account);
    expect(draft.answers.details.orderName).toBe('Seattle main office (recreated)');
    expect(draft.answers.authorize.signature).toBe('');
    expect(draft.numbers).toMatchObject({ total: 2, usable: 2, errors: 0, duplicates: 0 });
    expect(draft.recheck).toEqual({
      reason: 'btn',
      details: 'BTN on the CSR is +14258820111',
      fromOrderId: id,
      fromOrderName: 'Seattle main office',
      fields: [{ step: 'btn', field: 'btn' }],
    });
    expect(draft.lastStep).toBe('btn');
    expect(draft.timeline[0]!.note).toBe(
      "Draft recreated from “Seattle main office” after the carrier's rejection (BTN mismatch).",
    );
    expect(source.timeline.at(-1)).toMatchObject({
      status: 'error',
      note: 'Recreated as a new draft, “Seattle main office (recreated)”.',
    });

    // Signed again, the order still waits for the BTN to be checked against the carrier's record.
    await app.order.save(draft.id, 'authorize', {
      ...draft.answers.authorize,
      signature: 'Dana Whitfield',
    });
    const early = await app.call('finishOrder', { id: draft.id });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'not-allowed', message: expect.stringContaining('1 answer to fix') },
    });
    const checked = await app.ok('markOrderStepChecked', { id: draft.id, step: 'btn' });
    expect(checked.recheck).toBeUndefined();
    expect((await app.ok('finishOrder', { id: draft.id })).status).toBe('ready');
  });

  it('asks for the carrier PIN again after an invalid PIN, and keeps it for other reasons', async () => {
    const { app, id, record } = await readyOrder();
    value(
      await app.call('saveOrderStep', {
        id,
        step: 'account',
        values: { ...validAnswers(new Date(monday)).account, carrierNeedsPin: true },
      }),
    );
    value(await app.call('setCarrierPin', { id, pin: '4321' }));
    value(await app.call('finishOrder', { id }));
    value(
      await record({ status: 'processing', microsoftOrderId: 'PO-7', submittedOn: '2026-11-23' }),
    );
    value(await record({ status: 'error', reason: 'invalidPin', details: '' }));
    const afterPin = await app.ok('recreateOrder', { id });
    expect(afterPin.carrierPinSet).toBe(false);
    expect(afterPin.recheck?.fields).toEqual([{ step: 'account', field: 'carrierPin' }]);
    // Cancelled after the error, the order still carries its rejection: recreated again, the PIN is still asked for.
    value(await record({ status: 'cancelled', note: 'Starting over with the carrier.' }));
    const again = await app.ok('recreateOrder', { id });
    expect(again.carrierPinSet).toBe(false);
    expect(again.recheck?.reason).toBe('invalidPin');
  });
});

describe('today’s statuses: Customer action required and Microsoft support engaged', () => {
  it('Customer action required: the admin edits the order and records it resubmitted (Processing again)', async () => {
    const { app, clock, id, record } = await readyOrder();
    value(
      await record({ status: 'processing', microsoftOrderId: 'PO-11', submittedOn: '2026-11-23' }),
    );
    clock.advance(hour);
    const action = value(await record({ status: 'customerActionRequired', note: 'ZIP mismatch' }));
    expect(action.status).toBe('customerActionRequired');
    expect(action.timeline.at(-1)).toMatchObject({
      status: 'customerActionRequired',
      note: 'ZIP mismatch',
    });
    // The fix: an answer changed while the order waits on the admin.
    const answers = validAnswers(new Date(monday));
    const fixed = await app.order.save(id, 'account', { ...answers.account, postalCode: '98104' });
    expect(fixed.status).toBe('customerActionRequired');
    expect(fixed.answers.account.postalCode).toBe('98104');
    clock.advance(hour);
    const again = value(
      await record({ status: 'processing', microsoftOrderId: 'PO-11', submittedOn: '2026-11-23' }),
    );
    expect(again.status).toBe('processing');
    expect(again.timeline.at(-1)!.note).toMatch(/^Fixed and resubmitted in the admin center/);
  });

  it('Microsoft support engaged: offered from a submitted order, and leads on to what the admin center shows next', async () => {
    const { clock, record } = await readyOrder();
    value(
      await record({ status: 'processing', microsoftOrderId: 'PO-12', submittedOn: '2026-11-23' }),
    );
    clock.advance(hour);
    expect(
      value(await record({ status: 'supportEngaged', note: '' })).timeline.at(-1),
    ).toMatchObject({
      status: 'supportEngaged',
      note: 'Microsoft support is working on the order.',
    });
    expect(recordableFrom('supportEngaged')).toEqual(
      expect.arrayContaining([
        'contactingCarrier',
        'transferApproved',
        'customerActionRequired',
        'completed',
      ]),
    );
    expect(value(await record({ status: 'contactingCarrier', note: '' })).status).toBe(
      'contactingCarrier',
    );
  });

  it('neither status can be recorded before the order is submitted', async () => {
    const { record } = await readyOrder();
    for (const status of ['customerActionRequired', 'supportEngaged'] as const)
      expect(await record({ status, note: '' })).toMatchObject({
        ok: false,
        error: { code: 'not-allowed' },
      });
  });
});

describe('recording the submission: how the authorized user signed', () => {
  async function letterOrder(scan: boolean) {
    const dir = tempDir();
    const scanFile = join(dir, 'signed.pdf');
    writeFileSync(scanFile, '%PDF-1.4 signed');
    const clock = manualClock(monday);
    const app = start(join(dir, 'data'), {
      now: clock.now,
      dialogs: { ...noDialogs, chooseScanFile: () => Promise.resolve(scanFile) },
    });
    const { id } = await app.order.create();
    await saveAll(app, id, validAnswers(clock.now()));
    await app.ok('finishOrder', { id });
    if (scan) await app.ok('attachSignedScan', { id });
    return { app, id };
  }
  const submission = {
    status: 'processing',
    microsoftOrderId: 'PO-20',
    submittedOn: '2026-11-23',
  } as const;

  it('asks which was used when neither a signed scan nor the e-signature request is on the order', async () => {
    const { app, id } = await letterOrder(false);
    expect(await app.call('recordOrderStatus', { id, ...submission })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'authorizedWith' },
    });
    const done = await app.ok('recordOrderStatus', {
      id,
      ...submission,
      authorizedWith: 'eSignature',
    });
    expect(done.submission).toMatchObject({ authorizedWith: 'eSignature' });
  });

  it('knows it from the signed scan, or from the e-signature request chosen', async () => {
    const withScan = await letterOrder(true);
    const done = await withScan.app.ok('recordOrderStatus', { id: withScan.id, ...submission });
    expect(done.submission).toMatchObject({ authorizedWith: 'signedLetter' });
    const eSigned = await readyOrder();
    const recorded = value(await eSigned.record(submission));
    expect(recorded.submission).toMatchObject({ authorizedWith: 'eSignature' });
  });
});

describe('edits after submitting', () => {
  it('keep the status; a change to what the letter says marks it for a new signature and detaches the scan, kept on disk', async () => {
    const dir = tempDir();
    const scanFile = join(dir, 'signed.pdf');
    writeFileSync(scanFile, '%PDF-1.4 signed');
    const clock = manualClock(monday);
    const app = start(join(dir, 'data'), {
      now: clock.now,
      dialogs: { ...noDialogs, chooseScanFile: () => Promise.resolve(scanFile) },
    });
    const { id } = await app.order.create();
    const answers = validAnswers(clock.now());
    await saveAll(app, id, answers);
    await app.ok('finishOrder', { id });
    const scanned = chosen(await app.ok('attachSignedScan', { id })).order.signedScan!;
    await app.ok('recordOrderStatus', {
      id,
      status: 'processing',
      microsoftOrderId: 'PO-30',
      submittedOn: '2026-11-23',
    });

    // Not on the letter: the order name. The letter and its scan stay.
    clock.advance(hour);
    const renamed = await app.order.save(id, 'details', { ...answers.details, orderName: 'HQ' });
    expect(renamed.status).toBe('processing');
    expect(renamed.signedScan).toEqual(scanned);
    expect(renamed.letterChanged).toBeUndefined();

    // On the letter: the authorized user's title.
    clock.advance(hour);
    const edited = await app.order.save(id, 'account', { ...answers.account, authTitle: 'CIO' });
    expect(edited.status).toBe('processing');
    expect(edited.signedScan).toBeUndefined();
    expect(edited.detachedScans).toEqual([scanned]);
    expect(edited.letterChanged).toEqual({ at: clock.iso(), fields: ['account'] });
    expect(edited.timeline.at(-1)).toMatchObject({
      status: 'processing',
      note: expect.stringContaining('needs a new signature'),
    });
    expect(existsSync(join(orderFilesIn(app.dataDir, id), scanned.storedAs))).toBe(true);
    // Another autosave of the same change writes no second line.
    const lines = edited.timeline.length;
    const again = await app.order.save(id, 'account', { ...answers.account, authTitle: 'CIO ' });
    expect(again.timeline).toHaveLength(lines);

    // The letter signed again, after submitting: the mark goes.
    clock.advance(hour);
    const signed = chosen(await app.ok('attachSignedScan', { id })).order;
    expect(signed.letterChanged).toBeUndefined();
    expect(signed.signedScan).toBeDefined();
  });

  it('are refused once the carrier set the transfer', async () => {
    const { app, id, record } = await readyOrder();
    value(
      await record({ status: 'processing', microsoftOrderId: 'PO-31', submittedOn: '2026-11-23' }),
    );
    value(await record({ status: 'transferApproved', focDate: '2026-12-08', focTime: '10:00' }));
    const answers = validAnswers(new Date(monday));
    expect(
      await app.call('saveOrderStep', {
        id,
        step: 'account',
        values: { ...answers.account, city: 'Tacoma' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('refuse an FOC time outside the window of the order’s numbers', async () => {
    const { record } = await readyOrder();
    value(
      await record({ status: 'processing', microsoftOrderId: 'PO-32', submittedOn: '2026-11-23' }),
    );
    expect(
      await record({ status: 'transferApproved', focDate: '2026-12-08', focTime: '21:00' }),
    ).toMatchObject({
      ok: false,
      error: {
        field: 'focTime',
        message:
          'FOC time: US user numbers port between 8:00 AM and 8:00 PM Eastern; check the time the carrier confirmed.',
      },
    });
  });
});

describe('the FOC time of Canadian and toll-free orders', () => {
  it.each([
    ['CA', 'geographic', '+14168820100\n+14168820101', 'Canadian numbers port at 11:30 AM Eastern'],
    [
      'US',
      'tollFree',
      '+18008820100\n+18888820101',
      'US toll-free numbers port at 11:30 AM Eastern',
    ],
  ] as const)('%s %s: only 11:30 AM', async (country, numberType, source, words) => {
    const clock = manualClock(monday);
    const app = start(tempDir(), { now: clock.now });
    const { id } = await app.order.create();
    const answers = validAnswers(clock.now());
    await app.ok('saveOrderNumbers', { id, source });
    await app.order.save(id, 'getStarted', { ...answers.getStarted, country });
    await app.order.save(id, 'numbers', { ...answers.numbers, numberType, usage: 'voiceApp' });
    await app.order.save(id, 'btn', { ...answers.btn, btn: source.split('\n')[0]! });
    await app.order.save(id, 'account', {
      ...answers.account,
      ...(country === 'CA' ? { region: 'ON', postalCode: 'M5H 2N2', city: 'Toronto' } : {}),
    });
    await app.order.save(id, 'documents', answers.documents);
    await app.order.save(id, 'details', {
      ...answers.details,
      desiredDate: toIsoDate(earliestDesiredDate(clock.now(), country)),
      startTime: '11:30',
    });
    await app.order.save(id, 'authorize', { ...answers.authorize, method: 'eSignature' });
    await app.ok('finishOrder', { id });
    await app.ok('recordOrderStatus', {
      id,
      status: 'processing',
      microsoftOrderId: 'PO-40',
      submittedOn: '2026-11-23',
    });
    expect(
      await app.call('recordOrderStatus', {
        id,
        status: 'transferApproved',
        focDate: '2026-12-10',
        focTime: '10:00',
      }),
    ).toMatchObject({
      ok: false,
      error: {
        field: 'focTime',
        message: `FOC time: ${words}; check the time the carrier confirmed.`,
      },
    });
    const approved = await app.ok('recordOrderStatus', {
      id,
      status: 'transferApproved',
      focDate: '2026-12-10',
      focTime: '11:30',
    });
    expect(approved.foc).toEqual({ date: '2026-12-10', time: '11:30' });
  });
});

describe('earliestPendingFrom (the list settles a transfer without time-zone rules until it may be due)', () => {
  it('is never after the pending mark and at most an hour before it, DST changes and every half hour of 2026-2028 included', () => {
    const hour = 60 * 60 * 1000;
    const checked: string[] = [];
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2029, 0, 1); day += 24 * hour) {
      const date = new Date(day).toISOString().slice(0, 10);
      // Every day at 10:00, and every half hour of the days clocks change (second Sunday of March, first of November).
      const dst = /-(03-(0[8-9]|1[0-4])|11-0[1-7])$/.test(date) && new Date(day).getUTCDay() === 0;
      const times = dst
        ? Array.from(
            { length: 48 },
            (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
          )
        : ['10:00'];
      for (const time of times) {
        const mark = pendingFrom({ date, time }).getTime();
        const earliest = earliestPendingFrom({ date, time });
        if (earliest > mark || mark - earliest > hour) checked.push(`${date} ${time}`);
      }
    }
    expect(checked).toEqual([]);
  });
});
