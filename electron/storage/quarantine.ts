import { renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** Builds `settings.corrupt-2026-11-23T10-04-05.json` beside the original file. */
export function backupPathFor(file: string, label: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replaceAll(':', '-');
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.${label}-${stamp}${ext}`);
}

/**
 * Moves a data file aside instead of deleting it, so the admin (or support) can
 * recover it. Returns the backup's path.
 */
export function moveAside(file: string, label: string, now: Date): string {
  const target = backupPathFor(file, label, now);
  renameSync(file, target);
  return target;
}
