import { writeFileSync } from 'node:fs';

import { writeStampedFile } from '../documents/stamped-file';

/** Keeps the record's PDF in the order's files folder under a name of its own: an earlier record is never replaced. */
export function storeRecordPdf(bytes: Uint8Array, filesDir: string, now: Date): string {
  return writeStampedFile(filesDir, 'carrier-record', 'pdf', now, (path) =>
    writeFileSync(path, bytes, { flag: 'wx' }),
  );
}
