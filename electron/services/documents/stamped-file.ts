import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a file into `dir` under `<prefix>-<time>.<ext>`, by `write(path)` that must refuse an
 * existing file (`wx`, `COPYFILE_EXCL`): a name already taken moves on a millisecond, so no
 * earlier file is ever replaced. Returns the name used.
 */
export function writeStampedFile(
  dir: string,
  prefix: string,
  ext: string,
  now: Date,
  write: (path: string) => void,
): string {
  mkdirSync(dir, { recursive: true });
  for (let stamp = now.getTime(); ; stamp++) {
    const name = `${prefix}-${stamp}.${ext}`;
    try {
      write(join(dir, name));
      return name;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
