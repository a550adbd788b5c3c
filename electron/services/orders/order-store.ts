import { rmSync } from 'node:fs';
import { join } from 'node:path';

import type { DocumentStore, Recovery } from '@main/storage/document-store';
import { moveAside } from '@main/storage/quarantine';
import { UserFacingError } from '@shared/ipc-error';

import { listOrderIds, moveToDeleted, orderDocumentName } from './order-files';
import type { OrderRecord } from './order-record';

/** Opens (or creates, with `initial`) one order's document; null means the file had to be moved aside. */
export type OpenOrderDocument = (
  name: string,
  initial: OrderRecord | null,
) => DocumentStore<OrderRecord | null>;

export interface OrderStore {
  all(): OrderRecord[];
  get(id: string): OrderRecord;
  create(record: OrderRecord): OrderRecord;
  update(
    id: string,
    change: (r: OrderRecord) => OrderRecord,
    options?: { includeDeleted?: boolean },
  ): OrderRecord;
  flush(id: string): void;
  flushAll(): void;
  /** Order files that could not be read at start-up, moved aside, for the start-up notice. */
  recoveries: Recovery[];
}

/** Every order document of the folder, opened at start-up; deleted orders are set aside then. */
export function openOrderStore(dir: string, open: OpenOrderDocument, now: () => Date): OrderStore {
  const docs = new Map<string, DocumentStore<OrderRecord | null>>();
  const recoveries: Recovery[] = [];
  for (const id of listOrderIds(dir)) {
    const doc = open(orderDocumentName(id), null);
    const record = doc.get();
    const file = join(dir, `${orderDocumentName(id)}.json`);
    if (doc.recovery) recoveries.push(doc.recovery);
    if (record === null) rmSync(file, { force: true });
    else if (record.id !== id) {
      // A copy under another order's name (a backup put back by hand): two rows would share one id.
      recoveries.push({ file, reason: 'invalid', backupPath: moveAside(file, 'invalid', now()) });
    } else if (record.deletedAt !== undefined) moveToDeleted(dir, id);
    else docs.set(id, doc);
  }

  const docFor = (id: string, includeDeleted = false) => {
    const doc = docs.get(id);
    const record = doc?.get();
    if (!doc || !record || (record.deletedAt !== undefined && !includeDeleted)) throw notFound();
    return { doc, record };
  };
  return {
    all: () => [...docs.values()].flatMap((d) => d.get() ?? []),
    get: (id) => docFor(id).record,
    create(record) {
      docs.set(record.id, open(orderDocumentName(record.id), record));
      return record;
    },
    update(id, change, options) {
      const { doc, record } = docFor(id, options?.includeDeleted);
      const next = change(record);
      doc.set(next);
      return next;
    },
    flush: (id) => docs.get(id)?.flush(),
    flushAll: () => docs.forEach((d) => d.flush()),
    recoveries,
  };
}

function notFound(): UserFacingError {
  return new UserFacingError(
    'not-found',
    'That port order no longer exists. It may have been deleted.',
    'id',
  );
}
