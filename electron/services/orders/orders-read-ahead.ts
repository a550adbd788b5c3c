import type { CheckedFiles } from '@main/storage/checked-files';
import type { DocumentRead, Recovery } from '@main/storage/document-store';
import { readDocumentFile } from '@main/storage/document-store';
import type { StoredFormat } from '@main/storage/stored-format';

import { listOrderIds, orderDocumentName, orderFile } from './order-files';
import type { OrderRecord } from './order-record';
import { repairOrdersFolder } from './order-repository';

/** Order files read before the repository opens, by document name, after the folder's repairs. */
export interface OrdersReadAhead {
  repaired: Recovery[];
  reads: Map<string, DocumentRead<OrderRecord>>;
  /** The order files found valid, for the next start (written with the app's other caches). */
  checked: CheckedFiles;
}

/** Lets whatever else main has waiting run (a request of the loading page) before the next slice. */
const yieldToWaiting = (): Promise<void> => new Promise((resume) => setImmediate(resume));

/**
 * Reads and checks every order file while the window loads: a slice of files at a time, so
 * main answers the page's requests for its scripts in between instead of after all of them.
 * The folder's start-up repairs come first, so the files read are the ones the repository
 * opens; only reads then: the repository still opens each file (upgrading or setting aside
 * what needs it) and nothing else writes the folder before it does (main is its only writer,
 * by the single-instance lock, and its services are not open yet).
 */
export async function readOrdersAhead(
  dir: string,
  format: StoredFormat<OrderRecord>,
  checked: CheckedFiles,
  sliceMs = 8,
): Promise<OrdersReadAhead> {
  const ahead: OrdersReadAhead = { repaired: repairOrdersFolder(dir), reads: new Map(), checked };
  let sliceStarted = performance.now();
  for (const id of listOrderIds(dir)) {
    if (performance.now() - sliceStarted >= sliceMs) {
      await yieldToWaiting();
      sliceStarted = performance.now();
    }
    ahead.reads.set(orderDocumentName(id), readDocumentFile(orderFile(dir, id), format, checked));
  }
  return ahead;
}
