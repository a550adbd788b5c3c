import { closeSync, openSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/**
 * A new, unused name beside `file` for a copy of it: `settings.corrupt-2026-11-23T10-04-05-123Z.json`,
 * with `-2`, `-3`... when that is taken. The name is reserved by creating the file
 * exclusively, so no earlier backup is ever replaced, even by two backups in one millisecond.
 */
export function reserveBackupPath(file: string, label: string, now: Date): string {
  const stamp = now.toISOString().replaceAll(':', '-').replace('.', '-');
  const ext = extname(file);
  const stem = join(dirname(file), `${basename(file, ext)}.${label}-${stamp}`);
  for (let n = 1; ; n++) {
    const target = `${stem}${n === 1 ? '' : `-${n}`}${ext}`;
    try {
      closeSync(openSync(target, 'wx'));
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Moves a data file aside instead of deleting it, so the admin (or support) can recover
 * it. Returns the backup's path.
 */
export function moveAside(file: string, label: string, now: Date): string {
  const target = reserveBackupPath(file, label, now);
  try {
    // Replaces only the empty file reserved above.
    renameSync(file, target);
  } catch (error) {
    unlinkSync(target);
    throw error;
  }
  return target;
}
