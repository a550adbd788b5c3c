import { constants, copyFileSync, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

import { UserFacingError } from '@shared/ipc-error';
import type { DocumentKind, OrderDocument } from '@shared/schemas/order';

import { kindOfBytesAt, maxScanBytes } from './signed-scan';
import { writeStampedFile } from './stamped-file';

const kindWords: Record<DocumentKind, string> = {
  bill: 'Bill',
  carrierRecord: 'Carrier record',
};

/**
 * Copies a PDF the admin chose (a bill, the CSR) beside the order under a name of its own.
 * Checked by its bytes, not its name: a renamed .docx or a photo is refused, in words.
 */
export function storeOrderDocument(
  path: string,
  kind: DocumentKind,
  filesDir: string,
  now: Date,
): OrderDocument {
  const fileName = basename(path);
  const what = kindWords[kind];
  let bytes: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      throw new UserFacingError('invalid-input', `${what}: “${fileName}” is a folder, not a PDF.`);
    bytes = stat.size;
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(
      'invalid-input',
      `${what}: “${fileName}” could not be opened; it may have been moved or deleted.`,
    );
  }
  if (bytes === 0) throw new UserFacingError('invalid-input', `${what}: “${fileName}” is empty.`);
  if (bytes > maxScanBytes)
    throw new UserFacingError(
      'invalid-input',
      `${what}: “${fileName}” is over 25 MB; save a smaller PDF (the first pages are what the carrier reads).`,
    );
  if (kindOfBytesAt(path) !== 'pdf')
    throw new UserFacingError(
      'invalid-input',
      `${what}: “${fileName}” is not a PDF file. Save or print the ${kind === 'bill' ? 'bill' : 'record'} as a PDF and attach that.`,
    );
  // Named by time: no earlier document is replaced.
  const storedAs = writeStampedFile(filesDir, 'document', 'pdf', now, (to) =>
    copyFileSync(path, to, constants.COPYFILE_EXCL),
  );
  return { kind, fileName: fileName.slice(0, 255), bytes, attachedAt: now.toISOString(), storedAs };
}

/** A stored document's path, checked: its file may have been moved by hand. */
export function storedDocumentPath(filesDir: string, doc: OrderDocument): string {
  const path = join(filesDir, doc.storedAs);
  if (!existsSync(path))
    throw new UserFacingError(
      'not-found',
      `${kindWords[doc.kind]}: its file (${doc.fileName}) is no longer in the order's folder (${filesDir}). Attach it again.`,
    );
  return path;
}
