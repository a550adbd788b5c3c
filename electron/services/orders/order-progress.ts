import { createHash } from 'node:crypto';

import { toIsoDate } from '@shared/calendar/business-days';
import { checkOrder, checkSteps } from '@shared/order/check-order';
import type { AnswerStepId } from '@shared/order/steps';

import { type OrderRecord, toOrder } from './order-record';
import {
  type ProgressCacheFile,
  readProgressCache,
  type StepsProgress,
  writeProgressCache,
} from './progress-cache';

/**
 * Each draft's step progress, kept by main so the Port orders list never checks a draft's
 * rules: a draft is checked in full only when what the rules read changed, and overnight
 * only the steps whose verdict read the date (the transfer date) are checked again. Kept
 * on disk in a cache file (`progress-cache.ts`) so a restart checks nothing either.
 */
export interface OrderProgress {
  /** Steps complete as of `now` (the same figure as a full check of the order that day). */
  stepsComplete(record: OrderRecord, now: Date): number;
  /** At start-up: reads the cache and checks what it lacks, so the first list checks nothing. */
  warm(records: readonly OrderRecord[], now: Date): void;
  /** Writes the cache (at quit); a failure costs only a slower next start. */
  flush(): void;
}

/** The cache's file name in the data folder (beside `orders/`, never in it: that folder is the index of orders). */
export const progressCacheName = 'order-progress.cache.json';

/** The digest a cached progress is valid for. */
export function progressFingerprint(record: OrderRecord): string {
  const read = [record.answers, record.carrierPinSealed !== undefined, record.numbers];
  return createHash('sha1')
    .update(JSON.stringify([...read, record.recheck ?? null]))
    .digest('base64');
}

/**
 * Opens the progress kept in `cacheFile` (missing, damaged, old or written by another
 * `appVersion`, whose rules may differ: everything is checked again).
 */
export function openOrderProgress(
  cacheFile: string | undefined,
  appVersion: string,
): OrderProgress {
  const known = new Map<string, StepsProgress>(
    cacheFile ? Object.entries(readProgressCache(cacheFile, appVersion)) : [],
  );
  // The record each entry was last confirmed for: records are replaced on every change, never edited.
  const confirmed = new WeakMap<OrderRecord, StepsProgress>();
  let changed = false;

  const fullCheck = (record: OrderRecord, now: Date, fingerprint: string): StepsProgress => {
    const check = checkOrder(toOrder(record), now);
    const complete = (Object.keys(check.complete) as AnswerStepId[]).filter(
      (s) => check.complete[s],
    );
    return { fingerprint, complete, readsToday: check.readsToday, day: toIsoDate(now) };
  };
  const overnight = (record: OrderRecord, entry: StepsProgress, now: Date): StepsProgress => {
    // A step that did not read the date yesterday follows the same path today: only these can change.
    const check = checkSteps(toOrder(record), now, entry.readsToday);
    const complete = entry.complete
      .filter((s) => !entry.readsToday.includes(s))
      .concat(entry.readsToday.filter((s) => check.complete[s]));
    return { ...entry, complete, day: toIsoDate(now) };
  };
  const progressOf = (record: OrderRecord, now: Date, day: string): StepsProgress => {
    let entry = confirmed.get(record);
    if (!entry) {
      const fingerprint = progressFingerprint(record);
      const cached = known.get(record.id);
      entry = cached?.fingerprint === fingerprint ? cached : fullCheck(record, now, fingerprint);
    }
    if (entry.day !== day) entry = overnight(record, entry, now);
    if (known.get(record.id) !== entry) {
      known.set(record.id, entry);
      changed = true;
    }
    confirmed.set(record, entry);
    return entry;
  };

  return {
    stepsComplete: (record, now) => progressOf(record, now, toIsoDate(now)).complete.length,
    warm(records, now) {
      const day = toIsoDate(now);
      const ids = new Set(records.map((r) => r.id));
      for (const id of known.keys()) {
        if (!ids.has(id)) {
          known.delete(id);
          changed = true;
        }
      }
      for (const record of records) progressOf(record, now, day);
    },
    flush() {
      if (!cacheFile || !changed) return;
      const file: ProgressCacheFile = Object.fromEntries(known);
      if (writeProgressCache(cacheFile, file, appVersion)) changed = false;
    },
  };
}
