import { fold } from './fold';
import { labelSpellings } from './labels';
import type { RecordFieldId } from './types';

/** A label found on a line: where it starts and ends, and where its value starts. */
export interface LabelHit {
  field: RecordFieldId;
  /** The label as the record writes it. */
  label: string;
  rank: number;
  start: number;
  end: number;
  valueStart: number;
}

// A label ends where a word ends: "num" is not read out of "number".
const compiled = labelSpellings.map((s) => ({
  ...s,
  pattern: new RegExp(String.raw`(?:${s.source})(?![a-z0-9])`, 'y'),
}));
/** After a label: a colon, a `#`, dot leaders or a dash, or a gap of two spaces or more, or the line's end. */
const strongSeparator = /\s*(?:[:#]|\.{2,}|-{1,2}(?=\s)|=)\s*|\s{2,}|\s*$/y;
/** A single space is a separator only before what a number, an address or a date starts with. */
const weakSeparator =
  /\s(?=[\d(+]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|fev|avr|mai|jui|aou)[a-z]*\.?\s+\d)/y;
const numberFields = new Set<RecordFieldId>([
  'accountNumber',
  'btn',
  'serviceAddress',
  'recordDate',
]);

/**
 * Where a label may start: the line's start, or after a gap, a bar or a tab, never inside
 * running text; and after one space only when a colon follows the label, as in text
 * copied from a PDF viewer, which closes the gaps ("ACCOUNT NO: 425 882-4100 418 BTN: …").
 */
function labelStarts(line: string): { start: number; colonOnly: boolean }[] {
  const starts = new Map<number, boolean>();
  const gap = /(?:^|\s{2,}|\t|\|)\s*(?=\S)/g;
  for (let m = gap.exec(line); m; m = gap.exec(line)) {
    starts.set(m.index + m[0].length, false);
    if (m[0].length === 0) gap.lastIndex++;
  }
  for (const m of line.matchAll(/ (?=[a-z])/g))
    if (!starts.has(m.index + 1)) starts.set(m.index + 1, true);
  return [...starts]
    .sort((a, b) => a[0] - b[0])
    .map(([start, colonOnly]) => ({ start, colonOnly }));
}

/** The labels on a line, left to right; at each place the longest spelling wins. */
export function findLabels(line: string): LabelHit[] {
  const folded = fold(line);
  const hits: LabelHit[] = [];
  for (const { start, colonOnly } of labelStarts(folded)) {
    // A label inside another label's text is a word of it ("Account" in "Billing account number").
    if (start < (hits[hits.length - 1]?.valueStart ?? 0)) continue;
    let best: LabelHit | undefined;
    for (const spelling of compiled) {
      spelling.pattern.lastIndex = start;
      const m = spelling.pattern.exec(folded);
      if (!m) continue;
      const end = start + m[0].length;
      // Inside a line only a full label counts: "Lines on this account:" is a sentence.
      if (colonOnly && (spelling.short || !/^\s*:/.test(folded.slice(end)))) continue;
      const valueStart = separatorEnd(folded, end, spelling.field, spelling.short === true);
      if (valueStart === undefined) continue;
      if (!best || end > best.end || (end === best.end && spelling.rank < best.rank)) {
        best = {
          field: spelling.field,
          label: line.slice(start, end).trim(),
          rank: spelling.rank,
          start,
          end,
          valueStart,
        };
      }
    }
    if (best) hits.push(best);
  }
  return hits;
}

function separatorEnd(
  folded: string,
  end: number,
  field: RecordFieldId,
  short: boolean,
): number | undefined {
  strongSeparator.lastIndex = end;
  const strong = strongSeparator.exec(folded);
  // A short label before one space is a word of a sentence ("Account balance"), not a label.
  if (strong && (strong[0].length > 0 || end === folded.length)) {
    if (!short || strong[0].trim() !== '' || strong[0].length >= 2 || end === folded.length)
      return end + strong[0].length;
  }
  if (short || !numberFields.has(field)) return undefined;
  weakSeparator.lastIndex = end;
  return weakSeparator.exec(folded) ? end + 1 : undefined;
}
