import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { progressCacheName } from '@main/services/orders/order-progress';
import { toIsoDate } from '@shared/calendar/business-days';
import { checkOrder } from '@shared/order/check-order';
import { earliestDesiredDate } from '@shared/order/lead-time';
import { seedOrders } from '@tools/seed-orders';
import { validAnswers } from '@tools/valid-order';
import { addDays } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';

import { cleanUp, manualClock, monday, saveAll, start, tempDir } from '../support/service-app';

afterEach(cleanUp);

const hourMs = 3_600_000;

/** Each drafted order's steps complete as the list shows them, and as a full check of the order gives. */
async function listedAndChecked(app: ReturnType<typeof start>, now: Date) {
  const { orders } = await app.order.list();
  const drafted = orders.filter((o) => o.status === 'draft' || o.status === 'ready');
  const listed = drafted.map((o) => [o.id, o.stepsComplete] as const);
  const checked = await Promise.all(
    drafted.map(
      async (o) => [o.id, checkOrder(await app.order.get(o.id), now).stepsComplete] as const,
    ),
  );
  return { listed, checked };
}

describe("the Port orders list's progress", () => {
  it('equals a full check of every draft after restarts across day boundaries, with edits between', async () => {
    const dataDir = tempDir();
    const clock = manualClock();
    seedOrders(dataDir, 120, { now: clock.now(), seed: 11 });
    // A draft whose transfer date is valid today and too early tomorrow: the day boundary changes it.
    let app = start(dataDir, { now: clock.now });
    const edge = await app.order.create();
    const answers = validAnswers(clock.now());
    await saveAll(app, edge.id, {
      ...answers,
      details: {
        ...answers.details,
        desiredDate: toIsoDate(earliestDesiredDate(clock.now(), 'US')),
      },
    });
    const changes: number[] = [];
    let previous: number | undefined;
    for (let day = 0; day < 6; day++) {
      // Restarts the same day (the cache read back), then once across the day boundary without one.
      for (let restart = 0; restart < 2; restart++) {
        app.services.flushAll();
        app = start(dataDir, { now: clock.now });
        const { listed, checked } = await listedAndChecked(app, clock.now());
        expect(listed).toEqual(checked);
        expect(listed.length).toBeGreaterThan(20);
        clock.advance(hourMs);
      }
      const edgeNow = (await listedAndChecked(app, clock.now())).listed.find(
        ([id]) => id === edge.id,
      )![1];
      if (previous !== undefined && edgeNow !== previous) changes.push(day);
      previous = edgeNow;
      // An answer changed: that draft's progress follows at once.
      const [first] = (await app.order.list()).orders.filter(
        (o) => o.status === 'draft' && o.id !== edge.id,
      );
      const { details } = (await app.order.get(first!.id)).answers;
      await app.order.save(first!.id, 'details', {
        ...details,
        desiredDate: day % 2 ? '' : toIsoDate(addDays(clock.now(), 20)),
      });
      const edited = await listedAndChecked(app, clock.now());
      expect(edited.listed).toEqual(edited.checked);
      // Into the next day, the app still open: the list follows the date.
      clock.advance(24 * hourMs);
      const overnight = await listedAndChecked(app, clock.now());
      expect(overnight.listed).toEqual(overnight.checked);
    }
    // The edge draft did lose its transfer step on a day boundary, so the test saw one.
    expect(changes.length).toBeGreaterThan(0);
  });

  it('is only a cache: a damaged or deleted cache file gives the same figures', async () => {
    const dataDir = tempDir();
    const clock = manualClock(monday);
    seedOrders(dataDir, 40, { now: clock.now(), seed: 5 });
    const first = start(dataDir, { now: clock.now });
    const expected = await listedAndChecked(first, clock.now());
    expect(expected.listed).toEqual(expected.checked);
    first.services.flushAll();

    writeFileSync(join(dataDir, progressCacheName), '{"cacheVersion":1,"orders":{"x":');
    const second = start(dataDir, { now: clock.now });
    expect((await listedAndChecked(second, clock.now())).listed).toEqual(expected.listed);
    second.services.flushAll();

    // A cache that disagrees with the orders (one written for other answers) is not believed.
    const lying = Object.fromEntries(
      expected.listed.map(([id]) => [
        id,
        { fingerprint: 'stale', complete: [], readsToday: [], day: toIsoDate(clock.now()) },
      ]),
    );
    // Written by this very PortDesk (its version), so only the fingerprints tell it is wrong.
    const { appVersion } = JSON.parse(readFileSync(join(dataDir, progressCacheName), 'utf8')) as {
      appVersion: string;
    };
    writeFileSync(
      join(dataDir, progressCacheName),
      JSON.stringify({ cacheVersion: 1, appVersion, orders: lying }),
    );
    const third = start(dataDir, { now: clock.now });
    expect((await listedAndChecked(third, clock.now())).listed).toEqual(expected.listed);
  });
});
