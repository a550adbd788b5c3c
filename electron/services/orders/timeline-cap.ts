import type { TimelineEntry } from '@shared/schemas/order-status';

import type { OrderRecord } from './order-record';

/** The most history lines an order file holds (its stored format refuses more). */
export const maxTimelineEntries = 5000;
/** The most characters a history line holds (its stored format refuses more). */
const maxNoteLength = 2500;
/** How many of the oldest lines one summary replaces, so summarizing happens rarely. */
const summarizeAtOnce = 100;

/**
 * The record with one more line of history. At the cap, the oldest lines after the first
 * (how the order started) are replaced by one line that says how many there were and
 * when, rather than dropped without a word. A line quoting more than a line holds (a
 * carrier record's long line) is cut with an ellipsis, so the change it records is saved.
 */
export function withEntry(record: OrderRecord, entry: TimelineEntry): OrderRecord {
  const note =
    entry.note.length > maxNoteLength ? `${entry.note.slice(0, maxNoteLength - 1)}…` : entry.note;
  return { ...record, timeline: capped([...record.timeline, { ...entry, note }]) };
}

/** How a summary line reads: "N earlier lines of history, from D1 to D2, were summarized…". */
const summaryNote =
  /^(\d+) earlier lines? of history, from (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2}), were summarized/;

/** How many of the admin's lines a history line stands for, and from which day. */
function represents(entry: TimelineEntry): { lines: number; from: string } {
  const summary = entry.by === 'app' ? summaryNote.exec(entry.note) : null;
  return summary
    ? { lines: Number(summary[1]), from: summary[2]! }
    : { lines: 1, from: entry.at.slice(0, 10) };
}

/** A history that fits the stored format, the oldest lines summarized when it would not. */
export function capped(timeline: TimelineEntry[]): TimelineEntry[] {
  if (timeline.length <= maxTimelineEntries) return timeline;
  const over = timeline.length - maxTimelineEntries + 1;
  const count = Math.max(over, summarizeAtOnce);
  const [first, ...rest] = timeline;
  const merged = rest.slice(0, count);
  const last = merged.at(-1)!;
  // A summary summarized again still says how many lines it stands for, and from when.
  const lines = merged.reduce((sum, e) => sum + represents(e).lines, 0);
  const from = represents(merged[0]!).from;
  const summary: TimelineEntry = {
    at: last.at,
    status: last.status,
    by: 'app',
    note: `${lines} earlier lines of history, from ${from} to ${last.at.slice(0, 10)}, were summarized here to keep the history within its limit.`,
  };
  return [first!, summary, ...rest.slice(count)];
}
