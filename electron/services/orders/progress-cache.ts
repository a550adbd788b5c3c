import { readFileSync } from 'node:fs';

import { writeCacheFile } from '@main/storage/temp-files';
import type { AnswerStepId } from '@shared/order/steps';
import { answerStepIds } from '@shared/order/steps';
import { z } from 'zod';

// Only ever a cache: deleting it, or a version this PortDesk does not know, loses nothing (every
// draft is checked again), so it is no stored format and has no upgrades. Bump to drop old caches.
const cacheVersion = 1;

const step = z.enum(answerStepIds);
const cacheSchema = z.object({
  cacheVersion: z.literal(cacheVersion),
  /** The PortDesk that wrote it: another one checks drafts with other rules, so its figures are not believed. */
  appVersion: z.string(),
  orders: z.record(
    z.string(),
    z.object({
      fingerprint: z.string(),
      complete: z.array(step),
      readsToday: z.array(step),
      day: z.string(),
    }),
  ),
});

/** Each draft's progress by order id. */
/** What main knows of one draft's steps: which are complete, and which of them read the date. */
export interface StepsProgress {
  /** A digest of everything the rules read (answers, PIN set or not, list figures, fields to re-check). */
  fingerprint: string;
  complete: AnswerStepId[];
  readsToday: AnswerStepId[];
  /** The day the date-reading steps were last checked. */
  day: string;
}

export type ProgressCacheFile = Record<string, StepsProgress>;

/** The cache as written, or nothing when it is missing, damaged, of another version, or written by another PortDesk. */
export function readProgressCache(file: string, appVersion: string): ProgressCacheFile {
  try {
    const parsed = cacheSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success && parsed.data.appVersion === appVersion ? parsed.data.orders : {};
  } catch {
    return {};
  }
}

/** Writes the cache whole (temp file, then rename); false when the disk refused it. */
export function writeProgressCache(
  file: string,
  orders: ProgressCacheFile,
  appVersion: string,
): boolean {
  return writeCacheFile(file, JSON.stringify({ cacheVersion, appVersion, orders }));
}
