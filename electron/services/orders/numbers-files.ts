import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { UserFacingError } from '@shared/ipc-error';
import { decodeNumbersFile, maxImportBytes } from '@shared/numbers/decode-file';

/** The admin center takes at most 999 numbers a file. */
export const numbersPerFile = 999;

/** Reads a numbers file the admin chose in main's open dialog, refusing what is not a text file of sensible size. */
export function readNumbersFile(path: string): { fileName: string; text: string } {
  const fileName = basename(path);
  const size = statSync(path).size;
  // Checked before reading, so a 2 GB file is refused without being loaded.
  const bytes =
    size > maxImportBytes ? new Uint8Array(maxImportBytes + 1) : new Uint8Array(readFileSync(path));
  const decoded = decodeNumbersFile(bytes, fileName);
  if (!decoded.ok) throw new UserFacingError('invalid-input', decoded.message);
  return { fileName, text: decoded.text };
}

/** Writes `<base>.csv`, or `<base> (2).csv` and so on: never over a file already there (the admin's own list, say). */
function writeNew(folder: string, base: string, content: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.csv` : `${base} (${n}).csv`;
    try {
      writeFileSync(join(folder, name), content, { encoding: 'utf8', flag: 'wx' });
      return name;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** A file name made of the order's name, safe on Windows, macOS and Linux. */
export function safeFileStem(name: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
  const stem = printable
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  return stem === '' ? 'port-order' : stem;
}

/** Writes the admin center's CSV files (header `PhoneNumber` unless asked not to), at most 999 numbers each. */
export function writeNumbersCsv(
  folder: string,
  stem: string,
  numbers: readonly string[],
  withHeader: boolean,
): string[] {
  mkdirSync(folder, { recursive: true });
  const parts = Math.ceil(numbers.length / numbersPerFile);
  const files: string[] = [];
  for (let part = 0; part < parts; part++) {
    const slice = numbers.slice(part * numbersPerFile, (part + 1) * numbersPerFile);
    const base = parts === 1 ? `${stem} numbers` : `${stem} numbers ${part + 1} of ${parts}`;
    const rows = withHeader ? ['PhoneNumber', ...slice] : slice;
    files.push(writeNew(folder, base, `${rows.join('\r\n')}\r\n`));
  }
  return files;
}
