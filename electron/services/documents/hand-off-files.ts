import { writeFileSync } from 'node:fs';

import { UserFacingError } from '@shared/ipc-error';
import { checkOrder, type OrderIssue } from '@shared/order/check-order';
import type { OrderDocument, SignedScan } from '@shared/schemas/order';

import { type OrderRecord, toOrder } from '../orders/order-record';
import { capped } from '../orders/timeline-cap';
import type { HandOffContent } from './read-hand-off';
import { kindOfBytes } from './signed-scan';
import { writeStampedFile } from './stamped-file';

/** The signed scan and documents a `.portorder` carries, decoded and checked by their bytes. */
export interface ReceivedFiles {
  scan: { scan: SignedScan; bytes: Buffer } | undefined;
  documents: { doc: OrderDocument; bytes: Buffer }[];
}

/**
 * The file's scan and documents, each the kind its name says (opened later with the OS's
 * viewer, as an attached one is checked); a forged one refuses the whole file, in the
 * admin's words, before anything is written.
 */
export function receivedFiles(file: HandOffContent, from: string): ReceivedFiles {
  let scan: ReceivedFiles['scan'];
  if (file.signedScan) {
    const { data, ...kept } = file.signedScan;
    const bytes = Buffer.from(data, 'base64');
    if (kindOfBytes(bytes) !== kept.kind)
      throw new UserFacingError(
        'invalid-input',
        `“${from}” is damaged: its signed letter is not the ${kept.kind.toUpperCase()} file it claims to be. Ask for a new export.`,
      );
    scan = { scan: { ...kept, bytes: bytes.length }, bytes };
  }
  const documents = file.documents.map(({ data, ...doc }) => {
    const bytes = Buffer.from(data, 'base64');
    if (kindOfBytes(bytes) !== 'pdf')
      throw new UserFacingError(
        'invalid-input',
        `“${from}” is damaged: its document ${doc.fileName} is not a PDF. Ask for a new export.`,
      );
    return { doc: { ...doc, bytes: bytes.length }, bytes };
  });
  return { scan, documents };
}

/**
 * Writes the received scan and documents into an order's files folder that already holds
 * files, each under a name of its own (none of the files there is ever replaced); returns
 * the order's entries for them and the names written, to take back if the order is not.
 */
export function storeReceivedFiles(
  received: ReceivedFiles,
  filesDir: string,
  now: Date,
): { signedScan: SignedScan | undefined; documents: OrderDocument[]; written: string[] } {
  const written: string[] = [];
  const store = (prefix: string, ext: string, bytes: Buffer) => {
    const name = writeStampedFile(filesDir, prefix, ext, now, (path) =>
      writeFileSync(path, bytes, { flag: 'wx' }),
    );
    written.push(name);
    return name;
  };
  const { scan } = received;
  const signedScan = scan && {
    ...scan.scan,
    storedAs: store('signed-loa', scan.scan.kind, scan.bytes),
  };
  const documents = received.documents.map(({ doc, bytes }) => ({
    ...doc,
    storedAs: store('document', 'pdf', bytes),
  }));
  return { signedScan, documents, written };
}

/**
 * Ready means checked on THIS computer: the carrier PIN does not travel, and the numbers
 * may clash with orders here. A Ready order that fails the checks here comes back as a
 * draft, saying why in the words of `why(first issue)`.
 */
export function readyCheckedHere<R extends Omit<OrderRecord, 'listRevision'>>(
  record: R,
  now: Date,
  why: (first: OrderIssue) => string,
): R {
  if (record.status !== 'ready') return record;
  const { issues } = checkOrder(toOrder({ ...record, listRevision: 0 }), now);
  if (issues.length === 0) return record;
  const note = `Back to draft: ${issues.length} answer${issues.length === 1 ? '' : 's'} to check on this computer, first ${why(issues[0]!)}.`;
  const line = { at: now.toISOString(), status: 'draft' as const, by: 'app' as const, note };
  return {
    ...record,
    status: 'draft',
    readyAt: undefined,
    timeline: capped([...record.timeline, line]),
  };
}

/** The carrier PIN never travels: a first issue on it is said so. */
export function firstIssueWords(first: OrderIssue): string {
  return first.field === 'carrierPin'
    ? 'the carrier PIN (the carrier PIN never travels in the file)'
    : `“${first.message}”`;
}
