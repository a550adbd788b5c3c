import { readFileSync } from 'node:fs';

import { type ChannelName } from '@shared/contract';
import type { IpcError } from '@shared/ipc-error';
import { pendingFrom } from '@shared/order/lifecycle';
import type { Order } from '@shared/schemas/order';
import { type RecordStatusInput } from '@shared/schemas/order-status';
import { validAnswers } from '@tools/valid-order';
import { afterEach, describe, expect, it } from 'vitest';

import { listFileOf, orderFileIn } from '../support/data-files';
import { cleanUp, manualClock, saveAll, start, tempDir } from '../support/service-app';

afterEach(cleanUp);

/** A Monday morning, Eastern; dates below are US business days after it. */
const monday = '2026-11-23T15:00:00.000Z';
const hour = 60 * 60 * 1000;

async function readyOrder() {
  const clock = manualClock(monday);
  const app = start(tempDir(), { now: clock.now });
  const { id } = await app.order.create();
  await saveAll(app, id, validAnswers(clock.now()));
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
      "Submitted in the admin center on Monday, November 23, 2026. Microsoft's order ID: PO-1234-ABCD.",
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

  it('refuses edits, numbers, the carrier PIN, deletion and out-of-order statuses once submitted', async () => {
    const { app, id, record, refused } = await readyOrder();
    value(
      await record({ status: 'processing', microsoftOrderId: 'PO-2', submittedOn: '2026-11-23' }),
    );
    const before = readFileSync(listFileOf(app.dataDir, id), 'utf8');
    const answers = validAnswers(new Date(monday));
    for (const [channel, input] of [
      [
        'saveOrderStep',
        { id, step: 'account', values: { ...answers.account, btn: '+14258820199' } },
      ],
      ['saveOrderNumbers', { id, source: '+14258820100' }],
      ['setCarrierPin', { id, pin: '1234' }],
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
    expect(order.answers.account.btn).toBe(answers.account.btn);
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
    expect(draft.answers.account).toEqual({
      ...source.answers.account,
      orderName: 'Seattle main office (recreated)',
    });
    expect(draft.answers.loa.signature).toBe('');
    expect(draft.numbers).toMatchObject({ total: 2, usable: 2, errors: 0, duplicates: 0 });
    expect(draft.recheck).toEqual({
      reason: 'btn',
      details: 'BTN on the CSR is +14258820111',
      fromOrderId: id,
      fromOrderName: 'Seattle main office',
      fields: [{ step: 'account', field: 'btn' }],
    });
    expect(draft.lastStep).toBe('account');
    expect(draft.timeline[0]!.note).toBe(
      "Draft recreated from “Seattle main office” after the carrier's rejection (BTN mismatch).",
    );
    expect(source.timeline.at(-1)).toMatchObject({
      status: 'error',
      note: 'Recreated as a new draft, “Seattle main office (recreated)”.',
    });

    // Signed again, the order still waits for the BTN to be checked against the carrier's record.
    await app.order.save(draft.id, 'loa', { ...draft.answers.loa, signature: 'Dana Whitfield' });
    const early = await app.call('finishOrder', { id: draft.id });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'not-allowed', message: expect.stringContaining('1 answer to fix') },
    });
    const checked = await app.ok('markOrderStepChecked', { id: draft.id, step: 'account' });
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
