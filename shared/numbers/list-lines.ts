import type { NumberEntry } from './read-numbers';

/**
 * The lines PortDesk keeps for entries just read: one number (or range) a line, every
 * entry once. A range's numbers share its line and text and follow one another; the
 * same text twice on a line ("4255550200, 4255550200") is two entries, and stays two.
 */
export function listLines(entries: readonly NumberEntry[]): string[] {
  const lines: string[] = [];
  let last: NumberEntry | undefined;
  for (const entry of entries) {
    if (!last || !sameRange(last, entry)) lines.push(entry.input);
    last = entry;
  }
  return lines;
}

const sameRange = (a: NumberEntry, b: NumberEntry) =>
  a.line === b.line &&
  a.input === b.input &&
  a.national !== undefined &&
  b.national !== undefined &&
  Number(b.national) === Number(a.national) + 1;
