import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * conf (through `atomically`) writes `<file>.tmp-<10 digits><6 hex>` and renames it over
 * the file; a crash between the two leaves the temp file. It never holds anything
 * acknowledged (the rename is the acknowledgement), so it is removed at start-up.
 */
const tempFilePattern = /\.tmp-\d{10}[0-9a-f]{6}$/;

/** Removes the temp files a crash left in `dir`; returns how many. */
export function removeTempFiles(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!tempFilePattern.test(name)) continue;
    try {
      unlinkSync(join(dir, name));
      removed++;
    } catch {
      // Held open elsewhere (Windows): it goes at a later start.
    }
  }
  return removed;
}

/**
 * Writes a cache file whole: a temp file named as conf names them (so one a crash leaves is
 * removed at the next start), then renamed over it. False when the disk refused it; a cache
 * that is not written costs only a slower next start.
 */
export function writeCacheFile(file: string, text: string): boolean {
  const temp = `${file}.tmp-${String(Date.now()).slice(-10)}${randomBytes(3).toString('hex')}`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
    return true;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Never written, or removed at the next start.
    }
    return false;
  }
}
