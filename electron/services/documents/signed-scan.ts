import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  openSync,
  readSync,
  statSync,
} from 'node:fs';
import { basename, join } from 'node:path';

import { UserFacingError } from '@shared/ipc-error';
import type { SignedScan } from '@shared/schemas/order';

import { writeStampedFile } from './stamped-file';

/** A phone scan of a few pages at 300 dpi stays well under this; anything larger is not a letter. */
export const maxScanBytes = 25 * 1024 * 1024;

const signatures: [SignedScan['kind'], number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpg', [0xff, 0xd8, 0xff]],
];

/** What the bytes really are, from the first of them: a renamed .docx must not pass as a PDF. */
export function kindOfBytes(head: Uint8Array): SignedScan['kind'] | undefined {
  return signatures.find(([, magic]) => magic.every((byte, i) => head[i] === byte))?.[0];
}

/** What a file's bytes really are (PDF, PNG, JPG), read from its first bytes. */
export function kindOfBytesAt(path: string): SignedScan['kind'] | undefined {
  const head = Buffer.alloc(8);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  return kindOfBytes(head);
}

/** Copies the signed letter the admin chose beside the order, under a name of its own so a replaced scan is kept. */
export function storeSignedScan(path: string, filesDir: string, now: Date): SignedScan {
  const fileName = basename(path);
  let bytes: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      throw new UserFacingError(
        'invalid-input',
        `Signed letter: “${fileName}” is a folder, not a scan.`,
      );
    bytes = stat.size;
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(
      'invalid-input',
      `Signed letter: “${fileName}” could not be opened; it may have been moved or deleted.`,
    );
  }
  if (bytes === 0)
    throw new UserFacingError('invalid-input', `Signed letter: “${fileName}” is empty.`);
  if (bytes > maxScanBytes) {
    throw new UserFacingError(
      'invalid-input',
      `Signed letter: “${fileName}” is over 25 MB. Scan it again at 200 to 300 dpi, or save it as a PDF.`,
    );
  }
  const kind = kindOfBytesAt(path);
  if (!kind) {
    throw new UserFacingError(
      'invalid-input',
      `Signed letter: “${fileName}” is not a PDF, PNG or JPG file. Scan or save the signed letter as one of those.`,
    );
  }
  // Named by time: no earlier scan is ever replaced.
  const storedAs = writeStampedFile(filesDir, 'signed-loa', kind, now, (to) =>
    copyFileSync(path, to, constants.COPYFILE_EXCL),
  );
  return { fileName: fileName.slice(0, 255), kind, bytes, attachedAt: now.toISOString(), storedAs };
}

/** The stored scan of an order, checked before it is copied anywhere: its file may have been moved by hand. */
export function storedScanPath(filesDir: string, scan: SignedScan): string {
  const path = join(filesDir, scan.storedAs);
  if (!existsSync(path)) {
    throw new UserFacingError(
      'not-found',
      `Signed letter: its file (${scan.fileName}) is no longer in the order's folder (${filesDir}). Attach the signed letter again.`,
    );
  }
  return path;
}
