import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { UserFacingError } from '@shared/ipc-error';
import { decodeNumbersFile, maxImportBytes } from '@shared/numbers/decode-file';

/** The admin center takes at most 999 numbers a file. */
export const numbersPerFile = 999;

/** Reads a numbers file the admin chose in main's open dialog, refusing what is not a text file of sensible size. */
export function readNumbersFile(path: string): { fileName: string; text: string } {
  const fileName = basename(path);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      throw new UserFacingError(
        'invalid-input',
        `${fileName} is a folder: choose a CSV or TXT file.`,
      );
    size = stat.size;
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(
      'invalid-input',
      `${fileName} could not be opened: it may have been moved or deleted.`,
    );
  }
  // Checked before reading, so a 2 GB file is refused without being loaded.
  const bytes = size > maxImportBytes ? new Uint8Array(0) : new Uint8Array(readFileSync(path));
  const decoded = decodeNumbersFile(bytes, fileName, size);
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

/** Control characters, and the bidirectional marks and overrides (U+061C, U+200E/F, U+202A-E, U+2066-9). */
function unsafeInName(code: number): boolean {
  return (
    code < 32 ||
    code === 0x7f ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** A file name made of the order's name, safe on Windows, macOS and Linux. */
export function safeFileStem(name: string): string {
  // Control characters, and the invisible marks that reorder text (a right-to-left override
  // makes "gpj.exe" read "exe.jpg"): never in a file name PortDesk writes.
  const printable = [...name].map((c) => (unsafeInName(c.charCodeAt(0)) ? ' ' : c)).join('');
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
