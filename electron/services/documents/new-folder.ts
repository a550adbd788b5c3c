import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Makes `<parent>/<base>`, or `<base> (2)` and so on: a package never lands in, or over, an earlier one. */
export function makeNewFolder(parent: string, base: string): string {
  for (let n = 1; ; n++) {
    const path = join(parent, n === 1 ? base : `${base} (${n})`);
    try {
      mkdirSync(path);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
