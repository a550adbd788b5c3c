import type { TimelineEntry } from '@shared/schemas/order-status';

import type { OrderRecord } from './order-record';

/** The most history lines an order file holds (its stored format refuses more). */
export const maxTimelineEntries = 5000;
/** How many of the oldest lines one summary replaces, so summarizing happens rarely. */
const summarizeAtOnce = 100;

/**
 * The record with one more line of history. At the cap, the oldest lines after the first
 * (how the order started) are replaced by one line that says how many there were and
 * when, rather than dropped without a word.
 */
export function withEntry(record: OrderRecord, entry: TimelineEntry): OrderRecord {
  return { ...record, timeline: capped([...record.timeline, entry]) };
}

/** A history that fits the stored format, the oldest lines summarized when it would not. */
export function capped(timeline: TimelineEntry[]): TimelineEntry[] {
  if (timeline.length <= maxTimelineEntries) return timeline;
  const over = timeline.length - maxTimelineEntries + 1;
  const count = Math.max(over, summarizeAtOnce);
  const [first, ...rest] = timeline;
  const merged = rest.slice(0, count);
  const last = merged.at(-1)!;
  const summary: TimelineEntry = {
    at: last.at,
    status: last.status,
    by: 'app',
    note: `${merged.length} earlier lines of history, from ${merged[0]!.at.slice(0, 10)} to ${last.at.slice(0, 10)}, were summarized here to keep the history within its limit.`,
  };
  return [first!, summary, ...rest.slice(count)];
}
