import type { OrderRecord } from './order-record';

/** As many as the order file keeps (`detachedScans` in shared/schemas/order.ts): the oldest go first. */
const keptScans = 50;

/**
 * The order's detached scans with its current signed scan added: a letter that was sent is
 * on record with Microsoft, so when a later scan or an edit takes its place it stays listed
 * (and on disk), never silently replaced.
 */
export function detachCurrentScan(record: OrderRecord): OrderRecord['detachedScans'] {
  return record.signedScan
    ? [...record.detachedScans, record.signedScan].slice(-keptScans)
    : record.detachedScans;
}
