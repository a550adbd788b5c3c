import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { writeCacheFile } from './temp-files';

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
 * valid again; and only a file whose check changed nothing is noted, so its text read as it is
 * gives what the check would have given.
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
  format: string;
  version: number;
  digests: string[];
}

/** Opens the digests kept in `cacheFile` for `format` at its current version (none if missing, damaged or another's). */
export function openCheckedFiles(
  cacheFile: string,
  format: { label: string; version: number },
): CheckedFiles {
  const known = new Set(readDigests(cacheFile, format));
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
      const file: CacheFile = {
        cacheVersion,
        format: format.label,
        version: format.version,
        digests: [...seen],
      };
      if (!writeCacheFile(cacheFile, JSON.stringify(file))) return;
      known.clear();
      for (const digest of seen) known.add(digest);
    },
  };
}

function readDigests(cacheFile: string, format: { label: string; version: number }): string[] {
  try {
    const file = JSON.parse(readFileSync(cacheFile, 'utf8')) as Partial<CacheFile> | null;
    const ours =
      file?.cacheVersion === cacheVersion &&
      file.format === format.label &&
      file.version === format.version &&
      Array.isArray(file.digests);
    return ours ? file.digests!.filter((d): d is string => typeof d === 'string') : [];
  } catch {
    return [];
  }
}
