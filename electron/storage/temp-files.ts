import { readdirSync, unlinkSync } from 'node:fs';
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
