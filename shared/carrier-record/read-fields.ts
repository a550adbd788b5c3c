import { findLabels, type LabelHit } from './find-labels';
import { bare } from './fold';
import type { FieldCandidate, RecordField, RecordFieldId } from './types';

/** A part of a line a field's label or value took (0-based line), so the number scan skips it. */
export interface Span {
  line: number;
  start: number;
  end: number;
  field: RecordFieldId;
}

interface Found extends FieldCandidate {
  rank: number;
}

const postalCodeAtEnd = /(?:\b\d{5}(?:-\d{4})?|\b[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d)\s*$/;
const gap = /\s{3,}/g;
/** A job title after a contact's name ("Omar Haddad, Office Manager"): not part of the name. */
const title =
  /,\s*[^,]*\b(?:manager|director|owner|president|ceo|cfo|cto|coo|it|admin(?:istrator)?|officer|coordinator|supervisor|vp|partner|gerante?|directeur|directrice|proprietaire|presidente?)\b.*$/i;

/** Every labeled field of the record with its candidates, and the spans that labels and values took. */
export function readFields(lines: readonly string[]): {
  fields: Partial<Record<RecordFieldId, RecordField>>;
  spans: Span[];
} {
  const found = new Map<RecordFieldId, Found[]>();
  const spans: Span[] = [];
  const hitsByLine = lines.map((l) => findLabels(l));
  hitsByLine.forEach((hits, i) => {
    const limits = hits.map((_, h) => hits[h + 1]?.start ?? lines[i]!.length);
    const header = isHeaderRow(lines[i]!, i, hits, limits);
    hits.forEach((hit, h) => {
      spans.push({ line: i, start: hit.start, end: hit.valueStart, field: hit.field });
      const place = valueOf(lines, hitsByLine, i, hit, limits[h]!, header);
      if (!place) return;
      spans.push(...place.spans.map((s) => ({ ...s, field: hit.field })));
      for (const value of splitValue(hit.field, place.value)) {
        const list = found.get(hit.field) ?? [];
        list.push({ value, line: place.line + 1, label: hit.label, rank: hit.rank });
        found.set(hit.field, list);
      }
    });
  });
  const fields: Partial<Record<RecordFieldId, RecordField>> = {};
  for (const [field, list] of found) {
    const sorted = [...list].sort((a, b) => a.rank - b.rank || a.line - b.line);
    const seen = new Set<string>();
    const candidates = sorted
      .filter((c) => !seen.has(bare(c.value)) && seen.add(bare(c.value)))
      .map(({ value, line, label }) => ({ value, line, label }));
    fields[field] = { ...candidates[0]!, candidates };
  }
  return { fields, spans };
}

type Place = { value: string; line: number; spans: Omit<Span, 'field'>[] };

/** A table's header ("Account Number    Bill Date    Amount Due"): labels apart, and values on the line below. */
function isHeaderRow(line: string, i: number, hits: LabelHit[], limits: number[]): boolean {
  return (
    hits.length >= 2 &&
    hits.every((h) => line.slice(h.end, h.valueStart).trim() === '') &&
    hits.some((h, k) => !chunkAt(line, i, h.valueStart, limits[k]!, true))
  );
}

/** The value after a label on its line, else below it; an address gathers its city and code. */
function valueOf(
  lines: readonly string[],
  hitsByLine: readonly LabelHit[][],
  i: number,
  hit: LabelHit,
  limit: number,
  header: boolean,
): Place | undefined {
  const line = lines[i]!;
  let place = header ? undefined : chunkAt(line, i, hit.valueStart, limit, true);
  if (!place) {
    const below = nextFilled(lines, i);
    if (below === undefined || hitsByLine[below]!.length > 0) return undefined;
    place = chunkUnder(lines[below]!, below, hit.start, Math.max(hit.end, hit.start + 4));
  }
  if (!place || hit.field !== 'serviceAddress') return place;
  return withCityAndCode(lines, hitsByLine, place);
}

/** The text from `from` up to a wide gap or `limit`, when there is any. */
function chunkAt(line: string, i: number, from: number, limit: number, inline: boolean) {
  const text = line.slice(from, limit);
  gap.lastIndex = 0;
  const cut = inline ? gap.exec(text.trimStart()) : null;
  const lead = text.length - text.trimStart().length;
  const value = (cut ? text.trimStart().slice(0, cut.index) : text).trim();
  if (value === '') return undefined;
  const start = from + lead;
  return { value: unquote(value), line: i, spans: [{ line: i, start, end: start + value.length }] };
}

/** The chunk (text between gaps of two spaces or more) of a line that sits under a label. */
function chunkUnder(line: string, i: number, start: number, end: number): Place | undefined {
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    const chunkEnd = m.index + m[0].length;
    if (chunkEnd > start - 1 && m.index < end) {
      return {
        value: unquote(m[0]),
        line: i,
        spans: [{ line: i, start: m.index, end: chunkEnd }],
      };
    }
  }
  return undefined;
}

function nextFilled(lines: readonly string[], i: number): number | undefined {
  for (let k = i + 1; k < Math.min(lines.length, i + 3); k++) if (lines[k]!.trim() !== '') return k;
  return undefined;
}

/** A street line without its city and postal code: the next chunk or the line below holds them. */
function withCityAndCode(
  lines: readonly string[],
  hitsByLine: readonly LabelHit[][],
  place: Place,
): Place {
  if (postalCodeAtEnd.test(place.value)) return place;
  const first = place.spans[0]!;
  const rest = chunkAt(lines[place.line]!, place.line, first.end, lines[place.line]!.length, true);
  if (rest && postalCodeAtEnd.test(rest.value) && hitsByLine[place.line]!.length <= 1)
    return join(place, rest);
  let joined = place;
  for (let k = place.line + 1; k <= place.line + 2 && k < lines.length; k++) {
    if (hitsByLine[k]!.length > 0 || lines[k]!.trim() === '') break;
    // A few columns of drift: a PDF's pieces do not sit on one grid.
    const chunk = chunkUnder(lines[k]!, k, first.start, first.start + 8);
    const under = chunk && cityLine(lines[k]!, k, chunk.spans[0]!.start);
    if (!under) break;
    joined = join(joined, under);
    if (postalCodeAtEnd.test(under.value)) return joined;
  }
  return place;
}

/** A line under a street: its first piece, or the first pieces up to a postal code (columns may be far apart). */
function cityLine(line: string, k: number, start: number): Place {
  const pieces = [...line.slice(start).matchAll(/\S+(?: \S+)*/g)].slice(0, 3);
  for (let n = pieces.length; n >= 1; n--) {
    const value = pieces
      .slice(0, n)
      .map((p) => p[0])
      .join(' ');
    if (n === 1 || postalCodeAtEnd.test(value)) {
      const end = start + pieces[n - 1]!.index + pieces[n - 1]![0].length;
      return { value, line: k, spans: [{ line: k, start: start + pieces[0]!.index, end }] };
    }
  }
  return { value: '', line: k, spans: [] };
}

const join = (a: Place, b: Place): Place => ({
  value: `${a.value}, ${b.value}`,
  line: a.line,
  spans: [...a.spans, ...b.spans],
});

/** The value as written, without the quotes of a CSV cell and with one space where the layout put several. */
const unquote = (text: string) =>
  text
    .replace(/^"(.*)"$/, '$1')
    // A label PortDesk does not read, run into the value when the layout's gaps are gone ("… PH:").
    .replace(/\s+\p{Lu}{1,6}\.?:$/u, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Several authorized people on one line are each a candidate; a name keeps no phone or e-mail. */
function splitValue(field: RecordFieldId, value: string): string[] {
  if (field !== 'authorizedName') return [value];
  return value
    .replace(/\S+@\S+/g, ' ')
    .replace(/(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?:\s*(?:x|ext\.?)\s*\d+)?/gi, ' ')
    .split(/\s*(?:;|\/|\s&\s|\s(?:and|et)\s)\s*/i)
    .map((v) =>
      v
        .replace(title, '')
        .replace(/\s+\p{Lu}{1,6}\.?:\s*$/u, '')
        .replace(/[\s,()-]+$/, '')
        .trim(),
    )
    .filter((v) => /\p{L}/u.test(v));
}
