import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openServices } from '@tools/harness';
import { seedOrders } from '@tools/seed-orders';

import type { Figure } from './measure';

interface Heap {
  orders: number;
  heapUsed: number;
  servicesHeap: number;
  rss: number;
}

/** Main's heap after a start on `orders` seeded orders and a listOrders, after a full GC, in its own process. */
function heapWith(orders: number): Heap {
  const dir = mkdtempSync(join(tmpdir(), 'portdesk-bench-memory-'));
  try {
    seedOrders(dir, orders);
    // The first start after seeding works out every draft's figures and progress once, as after an upgrade.
    openServices(dir).flushAll();
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'main-memory.ts'), dir],
      { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') },
    );
    const heap = JSON.parse(out.trim().split('\n').at(-1)!) as Heap;
    if (heap.orders !== orders) throw new Error(`main listed ${heap.orders} of ${orders} orders.`);
    return heap;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => bytes / 1e6;

/** Main's memory with 10,000 orders open, against 1,000 and against none, each measured in this run. */
export function memoryFigures(): Figure[] {
  const none = heapWith(0);
  const small = heapWith(1000);
  const large = heapWith(10_000);
  return [
    {
      name: `main's heap used after start and listOrders, 10,000 orders, after a full GC (RSS ${mb(large.rss).toFixed(0)} MB; with no orders ${mb(none.heapUsed).toFixed(1)} MB)`,
      value: mb(large.heapUsed),
      unit: 'MB',
      target: 200,
      better: 'lower',
      baseline: { name: 'the same with 1,000 orders', value: mb(small.heapUsed) },
    },
    {
      name: '  main heap, 10,000 vs 1,000 orders',
      value: large.heapUsed / small.heapUsed,
      unit: 'x',
      target: 3,
      better: 'lower',
    },
    {
      name: `  of which the services' own (heap after, less before opening them): 10,000 orders (1,000: ${mb(small.servicesHeap).toFixed(1)} MB)`,
      value: mb(large.servicesHeap),
      unit: 'MB',
      target: undefined,
      better: 'lower',
    },
  ];
}
