import Papa from 'papaparse';

import { readCell, readRange } from './read-cell';
import { splitListLine, splitRun } from './split-text';
import {
  chooseLayout,
  type ColumnInfo,
  describeColumns,
  holdsNumber,
  type Layout,
  looksLikeHeader,
} from './table-layout';

export type { ColumnInfo } from './table-layout';

/** One number as entered, with the line it came from; ranges give one entry per number. */
export interface NumberEntry {
  line: number;
  input: string;
  national: string | undefined;
  ext: string | undefined;
  problem: string | undefined;
  /** A number of another country: its digits after "+" (see read-cell.ts). */
  foreign: string | undefined;
}

/** A number in a column the admin did not choose: not read, and named so it is not lost. */
export interface SetAside {
  line: number;
  column: string;
  text: string;
}

export interface ReadNumbersResult {
  entries: NumberEntry[];
  /** Problems that stopped a whole line from being read (too long, a range too large). */
  lineProblems: { line: number; message: string }[];
  header?: string;
  /** The columns of a table, when the text is one; `column` is the one read, or `all`. */
  columns: ColumnInfo[];
  column?: number | 'all';
  /** Several columns hold numbers and nothing says which: the admin should choose. */
  columnUnclear: boolean;
  /** Numbers of the table's other columns, each with its line and column. */
  setAside: SetAside[];
}

/** Long enough for about 1,300 numbers separated by commas on one line. */
export const maxLineLength = 20_000;
export const maxNumbers = 100_000;
const maxCellLength = 200;
/** The line problem that says the numbers from a line on were not read (past `maxNumbers`). */
export const tooMany = `An order holds at most ${maxNumbers.toLocaleString('en-US')} numbers; the numbers from here on were not read.`;
type LineProblems = ReadNumbersResult['lineProblems'];

/**
 * Reads typed, pasted or imported numbers. Text without a header is a list, whatever
 * mix of new lines, commas, semicolons, tabs (and spaces between whole numbers) separates
 * it; a real table (a header, or a column of names) gives its number column, or every
 * column, and names each number it sets aside. Non-digits are ignored when 10 or 11
 * digits remain; `a-b` is every number from a to b.
 */
export function readNumbers(
  text: string,
  options: { column?: number | 'all' } = {},
): ReadNumbersResult {
  const lineProblems: LineProblems = [];
  const lines = toLines(text, lineProblems);
  const head = /[,;\t"]/.test(text) ? sampleTable(lines) : undefined;
  const headRows = head?.rows ?? lines.slice(0, 501).map((l) => [l]);
  const firstRow = headRows.findIndex((r) => r.some((c) => c.trim() !== ''));
  const header =
    firstRow >= 0 && looksLikeHeader(headRows[firstRow]!) ? headRows[firstRow] : undefined;
  const body = header ? firstRow + 1 : 0;
  const sample = headRows.slice(body, body + 500);
  const columns = describeColumns(sample, header);
  const layout = chooseLayout(columns, sample, header, options.column);

  const entries: NumberEntry[] = [];
  const setAside: SetAside[] = [];
  if (layout.kind === 'list') {
    for (let r = body; r < lines.length && entries.length <= maxNumbers; r++) {
      const line = lines[r]!;
      // Most lines hold one number: no array made for them.
      if (!/[,;\t"]/.test(line)) addCell(entries, lineProblems, line, r + 1, true);
      else
        for (const cell of splitListLine(line)) addCell(entries, lineProblems, cell, r + 1, true);
    }
  } else {
    const rows = parseTable(lines, head!.delimiter);
    const labels = columns.map((c) => c.label);
    for (let r = body; r < rows.length && entries.length <= maxNumbers; r++)
      readRow(rows[r]!, r + 1, layout, labels, entries, lineProblems, setAside);
  }
  if (entries.length > maxNumbers) {
    lineProblems.push({ line: entries[maxNumbers]!.line, message: tooMany });
    entries.length = maxNumbers;
  }
  const table = layout.kind === 'table';
  return {
    entries,
    lineProblems,
    ...(header ? { header: header.map((c) => c.trim()).join(', ') } : {}),
    columns: table ? columns.map(({ names: _, ...c }) => c) : [],
    ...(table ? { column: layout.column } : {}),
    columnUnclear: table && layout.unclear,
    setAside,
  };
}

/** One row of a table: the chosen column (or every column holding numbers) read, other numbers set aside. */
function readRow(
  cells: string[],
  line: number,
  layout: Extract<Layout, { kind: 'table' }>,
  labels: string[],
  entries: NumberEntry[],
  lineProblems: LineProblems,
  setAside: SetAside[],
): void {
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!.trim();
    if (cell === '') continue;
    const read =
      layout.column === 'all'
        ? layout.numberColumns.has(c) || holdsNumber(cell)
        : layout.column === c;
    if (read) addCell(entries, lineProblems, cell, line, true);
    else if (holdsNumber(cell))
      setAside.push({ line, column: labels[c] ?? `Column ${c + 1}`, text: cell });
  }
}

/** One number a line and nothing else (the list as PortDesk keeps it): no CSV, header or column to guess. */
export function readList(text: string, lineProblems: LineProblems = []): ReadNumbersResult {
  const entries: NumberEntry[] = [];
  const lines = toLines(text, lineProblems);
  for (let i = 0; i < lines.length && entries.length <= maxNumbers; i++)
    addCell(entries, lineProblems, lines[i]!, i + 1, false);
  if (entries.length > maxNumbers) {
    lineProblems.push({ line: entries[maxNumbers]!.line, message: tooMany });
    entries.length = maxNumbers;
  }
  return { entries, lineProblems, columns: [], columnUnclear: false, setAside: [] };
}

/**
 * An entry with room for its verdict: `checkNumbers` fills the same object in rather than
 * making a second one, which halves what 100,000 numbers allocate (measured by the bench).
 */
function entry(
  line: number,
  input: string,
  national: string | undefined,
  ext: string | undefined,
  problem: string | undefined,
  foreign: string | undefined = undefined,
): NumberEntry {
  return {
    line,
    input,
    national,
    ext,
    problem,
    foreign,
    e164: undefined,
    country: undefined,
    kind: undefined,
    status: 'error',
    message: undefined,
  } as NumberEntry;
}

/**
 * Reads one cell into entries. A cell that is not one number, a foreign number or a
 * range, but holds several (split by separators inside quotes, or by spaces), gives
 * each of them when `several` (reading what the admin pasted; the kept list has one a line).
 */
function addCell(
  entries: NumberEntry[],
  lineProblems: LineProblems,
  raw: string,
  line: number,
  several: boolean,
): void {
  const input = raw.trim();
  if (input === '') return;
  if (input.length > maxCellLength) {
    const length = input.length.toLocaleString('en-US');
    const problem = `is ${length} characters long; a number is at most about 20`;
    entries.push(entry(line, input.slice(0, 40) + '…', undefined, undefined, problem));
    return;
  }
  const cell = readCell(input);
  if (cell.national !== undefined || cell.foreign !== undefined) {
    entries.push(entry(line, input, cell.national, cell.ext, undefined, cell.foreign));
    return;
  }
  // Only text that is not one number may be a range (most numbers hold dashes of their own).
  const range = /[-\u2013\u2014]/.test(input) ? readRange(input) : undefined;
  if (range) return addRange(entries, lineProblems, input, line, range);
  const parts = several ? severalNumbers(input) : undefined;
  if (parts) for (const part of parts) addCell(entries, lineProblems, part, line, false);
  else entries.push(entry(line, input, undefined, undefined, cell.problem));
}

/** The numbers a cell holds when it holds several, split at separators (inside quotes) or spaces. */
function severalNumbers(input: string): string[] | undefined {
  const parts = splitListLine(input).filter((p) => p.trim() !== '');
  if (parts.length > 1)
    return parts.flatMap((p) => (readCell(p).problem ? (splitRun(p) ?? [p]) : [p]));
  return splitRun(input);
}

function addRange(
  entries: NumberEntry[],
  lineProblems: LineProblems,
  input: string,
  line: number,
  range: { first: string; last: string },
): void {
  const first = Number(range.first);
  const last = Number(range.last);
  if (last < first) {
    const problem = 'is a range with the larger number first; write the smaller number first';
    entries.push(entry(line, input, undefined, undefined, problem));
  } else if (last - first >= maxNumbers) {
    lineProblems.push({
      line,
      message: `Line ${line}: the range "${input}" holds ${(last - first + 1).toLocaleString('en-US')} numbers; an order holds at most ${maxNumbers.toLocaleString('en-US')}.`,
    });
  } else {
    // padStart: a range of numbers starting with 0 keeps all 10 digits (and each is then refused as a number).
    for (let n = first; n <= last && entries.length <= maxNumbers; n++)
      entries.push(entry(line, input, String(n).padStart(10, '0'), undefined, undefined));
  }
}

/** The first 500 rows as a CSV parser reads them, and the delimiter it found (a table has one). */
function sampleTable(lines: string[]): { rows: string[][]; delimiter: string } {
  const parsed = Papa.parse<string[]>(lines.slice(0, 501).join('\n'), {
    delimitersToGuess: [',', '\t', ';'],
    skipEmptyLines: false,
  });
  const delimiter = parsed.meta.delimiter || ',';
  const broken = parsed.errors.some((e) => e.type === 'Quotes');
  return { rows: broken ? plainRows(lines.slice(0, 501), delimiter) : parsed.data, delimiter };
}

/**
 * A real table goes through Papa Parse (quoted cells, its one delimiter); a stray quote
 * that would swallow the rest of the file makes it read as plain lines instead.
 */
function parseTable(lines: string[], delimiter: string): string[][] {
  const parsed = Papa.parse<string[]>(lines.join('\n'), { delimiter, skipEmptyLines: false });
  return parsed.errors.some((e) => e.type === 'Quotes') ? plainRows(lines, delimiter) : parsed.data;
}

const plainRows = (lines: string[], delimiter: string) =>
  lines.map((l) => l.replaceAll('"', '').split(delimiter));

/** The text's lines; lines too long to be numbers are set aside (kept empty, so line numbers stay true). */
function toLines(text: string, problems: LineProblems): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (text.length <= maxLineLength) return lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length <= maxLineLength) continue;
    problems.push({
      line: i + 1,
      message: `Line ${i + 1} is ${line.length.toLocaleString('en-US')} characters long; a line holds one number, or a few separated by commas (up to ${maxLineLength.toLocaleString('en-US')} characters). It was not read.`,
    });
    lines[i] = '';
  }
  return lines;
}
