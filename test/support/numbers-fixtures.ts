import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { decodeNumbersFile } from '@shared/numbers/decode-file';
import { readNumbers, type ReadNumbersResult } from '@shared/numbers/read-numbers';

/** test/fixtures/numbers/: the real import files (written by make-fixtures.ts there). */
export const numbersFixturesDir = fileURLToPath(new URL('../fixtures/numbers/', import.meta.url));

export const fixtureBytes = (name: string): Uint8Array =>
  readFileSync(join(numbersFixturesDir, name));

/** A fixture as the app imports it: decoded, then read; throws when the file is refused. */
export function readFixture(
  name: string,
  options: { column?: number | 'all' } = {},
): ReadNumbersResult {
  const decoded = decodeNumbersFile(fixtureBytes(name), name);
  if (!decoded.ok) throw new Error(`${name} was refused: ${decoded.message}`);
  return readNumbers(decoded.text, options);
}

/** The national numbers read, in order (entries with a problem left out). */
export const nationals = (read: Pick<ReadNumbersResult, 'entries'>): string[] =>
  read.entries.flatMap((e) => e.national ?? []);
