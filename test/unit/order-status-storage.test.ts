import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { orderFormat } from '@main/storage/formats/order';
import { portOrderFormat } from '@main/storage/formats/portorder';
import { readStored } from '@main/storage/stored-format';
import { recordableFrom } from '@shared/order/lifecycle';
import type { Order } from '@shared/schemas/order';
import { orderStatusLabels } from '@shared/schemas/order-status';
import { noDialogs } from '@tools/harness';
import { chosen } from '@tools/typed-calls';
import { validAnswers } from '@tools/valid-order';
import { afterEach, describe, expect, it } from 'vitest';

import { orderFileIn } from '../support/data-files';
import { cleanUp, manualClock, saveAll, start, tempDir } from '../support/service-app';

afterEach(cleanUp);

/*
 * Today's two statuses on disk. No released fixture (test/fixtures/stored/v1..v3) holds an
 * order in either, and released folders are never rewritten: so each is recorded here through
 * the real services, with the edit it allows, then read back after a restart and after a
 * .portorder round trip into a fresh data folder.
 */
const monday = '2026-11-23T15:00:00.000Z';
const hour = 60 * 60 * 1000;

/** One computer on its own data folder; its file dialogs answer with `file`. */
function computer(dataDir: string, file: string) {
  const clock = manualClock(monday);
  const app = start(dataDir, {
    now: clock.now,
    dialogs: {
      ...noDialogs,
      chooseOrderSaveFile: () => Promise.resolve(file),
      chooseOrderFile: () => Promise.resolve(file),
    },
  });
  return { app, clock };
}

/** The order file as written on disk, read with its own stored format (not the live schema). */
function storedOrder(dataDir: string, id: string) {
  const raw = JSON.parse(readFileSync(orderFileIn(dataDir, id), 'utf8')) as {
    schemaVersion: number;
    data: unknown;
  };
  expect(raw.schemaVersion).toBe(orderFormat.version);
  const read = readStored(orderFormat, raw.schemaVersion, raw.data);
  if (read.kind !== 'ok') throw new Error(`the order file does not read back: ${read.kind}`);
  return read.value;
}

const cases = [
  {
    status: 'customerActionRequired',
    note: 'Microsoft: the ZIP code differs from the carrier record.',
    // The admin fixes the order: the ZIP code, which the letter prints.
    fix: (order: Order) => ({
      step: 'account' as const,
      values: { ...order.answers.account, postalCode: '98104' },
    }),
    // ...then records that it was resubmitted.
    next: 'processing',
    nextLine: /^Fixed and resubmitted in the admin center on Tuesday, November 24, 2026\./,
  },
  {
    status: 'supportEngaged',
    note: 'Support ticket 7731 opened by Microsoft.',
    // An edit allowed meanwhile: who hears of progress (not on the letter).
    fix: (order: Order) => ({
      step: 'details' as const,
      values: { ...order.answers.details, notificationEmails: 'dana@contoso.com; noc@contoso.com' },
    }),
    next: 'contactingCarrier',
    nextLine: /^Microsoft is working with the current carrier\./,
  },
] as const;

describe("today's statuses survive storage", () => {
  for (const c of cases) {
    it(`${orderStatusLabels[c.status]}: recorded, edited as it allows, then read back after a restart and through a .portorder`, async () => {
      const dir = tempDir();
      const file = join(dir, 'Seattle.portorder');
      const here = computer(join(dir, 'here'), file);
      const { id } = await here.app.order.create();
      const answers = validAnswers(here.clock.now());
      await saveAll(here.app, id, {
        ...answers,
        authorize: { ...answers.authorize, method: 'eSignature', eSignatureSentOn: '2026-11-23' },
      });
      await here.app.ok('finishOrder', { id });
      await here.app.ok('recordOrderStatus', {
        id,
        status: 'processing',
        microsoftOrderId: 'PO-41',
        submittedOn: '2026-11-23',
      });
      here.clock.advance(hour);
      const recorded = await here.app.ok('recordOrderStatus', {
        id,
        status: c.status,
        note: c.note,
      });
      expect(recorded.status).toBe(c.status);
      here.clock.advance(hour);
      const { step, values } = c.fix(recorded);
      const fixed = await here.app.order.save(id, step, values as never);
      expect(fixed.status).toBe(c.status);
      expect(fixed.answers[step]).toEqual(values);
      if (c.status === 'customerActionRequired')
        expect(fixed.letterChanged).toEqual({ at: here.clock.iso(), fields: ['account'] });

      // On disk, in the order file's own format: every value as the services returned it.
      here.app.services.flushAll();
      const stored = storedOrder(here.app.dataDir, id);
      expect(stored).toMatchObject({
        status: c.status,
        answers: fixed.answers,
        submission: fixed.submission,
        timeline: fixed.timeline,
      });
      expect(stored.timeline.filter((l) => l.status === c.status).map((l) => l.note)).toContain(
        c.note,
      );

      // A restart reads every value back, and the status still allows what it allowed.
      const restarted = computer(here.app.dataDir, file);
      // The next morning.
      restarted.clock.advance(24 * hour);
      const reread = await restarted.app.order.get(id);
      expect(reread).toEqual(fixed);
      expect((await restarted.app.order.list()).orders).toMatchObject([{ id, status: c.status }]);
      chosen(await restarted.app.ok('exportOrderFile', { id }));
      const sent = JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number };
      expect(sent.schemaVersion).toBe(portOrderFormat.version);

      // Through a .portorder into a fresh data folder: the same order, one history line more.
      const there = computer(join(dir, 'there'), file);
      there.clock.advance(24 * hour);
      const imported = chosen(await there.app.ok('importOrderFile'));
      expect(imported.asCopy).toBe(false);
      const { timeline, updatedAt, ...rest } = imported.order;
      const { timeline: before, updatedAt: at, ...expected } = fixed;
      void [updatedAt, at];
      expect(rest).toEqual(expected);
      expect(timeline.slice(0, -1)).toEqual(before);
      expect(timeline.at(-1)!.note).toBe('Imported from Seattle.portorder.');

      // Both computers may go on as the status allows.
      expect(recordableFrom(c.status)).toContain(c.next);
      for (const app of [restarted.app, there.app]) {
        const moved = await app.ok('recordOrderStatus', {
          id,
          ...(c.next === 'processing'
            ? { status: 'processing', microsoftOrderId: 'PO-41', submittedOn: '2026-11-24' }
            : { status: 'contactingCarrier', note: '' }),
        });
        expect(moved.status).toBe(c.next);
        expect(moved.timeline.at(-1)!.note).toMatch(c.nextLine);
      }
    });
  }
});
