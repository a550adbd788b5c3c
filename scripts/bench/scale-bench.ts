import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openServices } from '@tools/harness';
import { numbersDataset } from '@tools/numbers-dataset';
import { seedOrders } from '@tools/seed-orders';

import { type Figure, median, spread } from './measure';

/** Main's `listOrders` after a full restart (services opened again on the folder): the first call, median of `runs`. */
async function listAfterRestart(orders: number, runs: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'portdesk-bench-list-'));
  try {
    seedOrders(dir, orders);
    // The first start after seeding works out every draft's figures and progress once, as after an upgrade.
    openServices(dir).flushAll();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const services = openServices(dir);
      const start = performance.now();
      await services.handlers.listOrders(undefined);
      times.push(performance.now() - start);
      services.flushAll();
    }
    return times;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fix in place on a 100,000-number list: one line changed and saved through main, on disk when answered. */
async function fixInPlace(runs: number): Promise<{ fix: number[]; whole: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'portdesk-bench-fix-'));
  try {
    const { text } = numbersDataset({ size: 100_000, seed: 2 });
    const lines = text.replaceAll(', ', '\n').split('\n');
    const services = openServices(dir);
    const { handlers } = services;
    const order = await handlers.createOrder(undefined);
    const whole: number[] = [];
    const fix: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Baseline: the same save when main has no kept check of the list (a new order each time).
      const fresh = await handlers.createOrder(undefined);
      const start = performance.now();
      await handlers.saveOrderNumbers({ id: fresh.id, source: lines.join('\n') });
      whole.push(performance.now() - start);
    }
    await handlers.saveOrderNumbers({ id: order.id, source: lines.join('\n') });
    for (let i = 0; i < runs; i++) {
      // One line fixed in place (a new number where an error or another number was), spread over the list.
      lines[(i * 9973) % lines.length] = `+1425882${String(1000 + i)}`;
      const source = lines.join('\n');
      const start = performance.now();
      const saved = await handlers.saveOrderNumbers({ id: order.id, source });
      fix.push(performance.now() - start);
      if (saved.numbers.total !== 100_000) throw new Error('The fixed list lost numbers.');
    }
    services.flushAll();
    return { fix, whole };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Main at ten times today's size: the list of 10,000 orders, and a fix in place on 100,000 numbers. */
export async function scaleFigures(): Promise<Figure[]> {
  const small = await listAfterRestart(1000, 7);
  const large = await listAfterRestart(10_000, 7);
  const { fix, whole } = await fixInPlace(9);
  return [
    {
      name: `main's listOrders, 10,000 orders, first call after a full restart (median of 7; ${spread(large)})`,
      value: median(large),
      unit: 'ms',
      target: 150,
      better: 'lower',
      baseline: { name: 'the same with 1,000 orders', value: median(small) },
    },
    {
      name: `a fix in place on a 100,000-number list, saved through main and on disk (median of 9; ${spread(fix)})`,
      value: median(fix),
      unit: 'ms',
      target: 30,
      better: 'lower',
      baseline: { name: 'the same save checked whole', value: median(whole) },
    },
  ];
}
