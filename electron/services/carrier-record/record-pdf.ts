import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Keeps the record's PDF in the order's files folder under a name of its own: an earlier record is never replaced. */
export function storeRecordPdf(bytes: Uint8Array, filesDir: string, now: Date): string {
  mkdirSync(filesDir, { recursive: true });
  for (let stamp = now.getTime(); ; stamp++) {
    const storedAs = `carrier-record-${stamp}.pdf`;
    try {
      writeFileSync(join(filesDir, storedAs), bytes, { flag: 'wx' });
      return storedAs;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
