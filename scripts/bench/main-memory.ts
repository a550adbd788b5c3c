import { openServices } from '@tools/harness';

/**
 * Run alone (`node --expose-gc --import tsx main-memory.ts <data folder>`), so the heap holds
 * main's services and nothing of the bench: opens them on the folder as main does at start,
 * lists the orders, collects garbage fully, and prints the heap used, in bytes, as JSON.
 */
const dataDir = process.argv[2]!;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with --expose-gc: the figure is the heap after a full GC.');
gc();
const before = process.memoryUsage().heapUsed;
const services = openServices(dataDir);
const listed = await services.handlers.listOrders(undefined);
// Twice: the second collection frees what the first one's finalizers let go.
gc();
gc();
const after = process.memoryUsage();
console.log(
  JSON.stringify({
    orders: listed.orders.length,
    heapUsed: after.heapUsed,
    servicesHeap: after.heapUsed - before,
    rss: after.rss,
  }),
);
services.flushAll();
