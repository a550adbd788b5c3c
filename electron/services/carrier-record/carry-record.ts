import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { orderFilesDir } from '../orders/order-files';
import type { OrderRepository } from '../orders/order-repository';
import { storeRecordPdf } from './record-pdf';

/**
 * Gives a recreated draft the carrier's record of the order it comes from (its PDF copied
 * beside the new order), without the confirmations: after a rejection every mismatch is
 * looked at again.
 */
export function carryCarrierRecord(
  repo: OrderRepository,
  ordersDir: string,
  fromId: string,
  toId: string,
  now: Date,
): void {
  const stored = repo.carrierRecord(fromId);
  if (stored.kind !== 'ok') return;
  const { source } = stored.file;
  let storedAs = source.storedAs;
  if (storedAs) {
    try {
      const bytes = readFileSync(join(orderFilesDir(ordersDir, fromId), storedAs));
      storedAs = storeRecordPdf(bytes, orderFilesDir(ordersDir, toId), now);
    } catch {
      // The PDF was moved away by hand: the text read from it still travels.
      storedAs = undefined;
    }
  }
  const carried = { ...source };
  delete carried.storedAs;
  if (storedAs) carried.storedAs = storedAs;
  repo.setCarrierRecord(toId, () => ({ ...stored.file, source: carried, confirmations: {} }), {
    note: "The carrier's record came with the order it was recreated from; confirm any mismatch again.",
  });
}
