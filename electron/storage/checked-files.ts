import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { core } from 'zod';

import { writeCacheFile } from './temp-files';

const zodVersion = core.version;

// Only ever a cache: deleting it, or a version this PortDesk does not know, loses nothing (every
// file is checked again), so it is no stored format and has no upgrades. Bump to drop old caches.
const cacheVersion = 1;

/** The order files' digests, in the data folder beside the progress cache (never in `orders/`, the index of orders). */
export const checkedOrdersCacheName = 'order-checks.cache.json';

/**
 * The files of one stored format this PortDesk found valid before, by a digest of their text:
 * the orders are 1,000 files at start, and checking each against its schema was most of main's
 * start (about 100 ms at 1,000 orders, `npm run bench`). A version's schema is frozen
 * (stored-format.ts: never edit one, add the next), so the same text at the same version is
 * valid again, to the same PortDesk and zod: what checks it is code too (a zod update may read
 * `z.uuid()` more strictly), so another PortDesk or zod version starts from nothing, as the
 * progress cache does. Only a file whose check changed nothing is noted, so its text read as
 * it is gives what the check would have given.
 */
export interface CheckedFiles {
  /** The digest of a file's text. */
  digest(text: string): string;
  /** Whether a file with this digest was found valid (and unchanged by its check) before. */
  has(digest: string): boolean;
  add(digest: string): void;
  /** Writes the digests found or added since it opened (a file gone drops out); a failure costs only a slower next start. */
  flush(): void;
}

interface CacheFile {
  cacheVersion: number;
  /** What checked the files: the format and its version, this PortDesk's version and zod's. */
  checkedBy: string;
  digests: string[];
}

/**
 * Opens the digests kept in `cacheFile` for `format` at its current version, as checked by
 * PortDesk `appVersion` with this zod (none if missing, damaged or written by another).
 */
export function openCheckedFiles(
  cacheFile: string,
  format: { label: string; version: number },
  appVersion: string,
): CheckedFiles {
  const { major, minor, patch } = zodVersion;
  const checkedBy = `${format.label} ${format.version}, PortDesk ${appVersion}, zod ${major}.${minor}.${patch}`;
  const known = new Set(readDigests(cacheFile, checkedBy));
  const seen = new Set<string>();
  return {
    digest: (text) => createHash('sha256').update(text).digest('base64'),
    has(digest) {
      if (!known.has(digest)) return false;
      seen.add(digest);
      return true;
    },
    add(digest) {
      seen.add(digest);
    },
    flush() {
      if (seen.size === known.size && [...seen].every((d) => known.has(d))) return;
      const file: CacheFile = { cacheVersion, checkedBy, digests: [...seen] };
      if (!writeCacheFile(cacheFile, JSON.stringify(file))) return;
      known.clear();
      for (const digest of seen) known.add(digest);
    },
  };
}

function readDigests(cacheFile: string, checkedBy: string): string[] {
  try {
    const file = JSON.parse(readFileSync(cacheFile, 'utf8')) as Partial<CacheFile> | null;
    const ours =
      file?.cacheVersion === cacheVersion &&
      file.checkedBy === checkedBy &&
      Array.isArray(file.digests);
    return ours ? file.digests!.filter((d): d is string => typeof d === 'string') : [];
  } catch {
    return [];
  }
}
