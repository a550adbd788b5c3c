import Papa from 'papaparse';

import { nationalDigits, readCell, readRange } from './read-cell';

/** One number as entered, with the line it came from; ranges give one entry per number. */
export interface NumberEntry {
  line: number;
  input: string;
  national: string | undefined;
  ext: string | undefined;
  problem: string | undefined;
}

export interface ColumnInfo {
  index: number;
  label: string;
  /** Cells (of the first 500 rows) that read as a number or range... */
  numbers: number;
  /** ...and cells that hold something else, such as a name. */
  others: number;
}

export interface ReadNumbersResult {
  entries: NumberEntry[];
  /** Problems that stopped a whole line from being read (too long, a range too large). */
  lineProblems: { line: number; message: string }[];
  header?: string;
  /** The columns of a table, when the text is one; `column` is the one read. */
  columns: ColumnInfo[];
  column?: number;
  /** Several columns hold numbers and nothing says which: the admin should choose. */
  columnUnclear: boolean;
}

/** Long enough for about 1,300 numbers separated by commas on one line. */
export const maxLineLength = 20_000;
export const maxNumbers = 100_000;
const maxCellLength = 200;
const tooMany = `An order holds at most ${maxNumbers.toLocaleString('en-US')} numbers; the numbers from here on were not read.`;

const isNumberCell = (cell: string) =>
  nationalDigits(cell) !== undefined || readRange(cell) !== undefined;
/** A header names columns: letters, and no run of digits that could be a number (a typo on line 1 is data). */
const looksLikeHeader = (row: string[]) =>
  row.some((c) => /[A-Za-z]/.test(c)) && !row.some((c) => c.replace(/\D/g, '').length >= 7);
const phoneHeader = /phone|number|did|tn\b|telephone|^tel/i;

/**
 * Reads typed, pasted or imported numbers: one a line, comma-separated, or a CSV table
 * (quoted fields, a header row, several columns). Non-digits are ignored when 10 or 11
 * digits remain; `a-b` is every number from a to b.
 */
export function readNumbers(text: string, options: { column?: number } = {}): ReadNumbersResult {
  const lineProblems: ReadNumbersResult['lineProblems'] = [];
  const lines = toLines(text, lineProblems);
  const csv = /["\t;]/.test(text) ? parseCsv(lines) : undefined;
  // Plain text is split a line at a time as it is read: 100,000 lines make no second copy.
  const cellsOf = (r: number): string[] => csv?.[r] ?? splitLine(lines[r] ?? '');
  const rowCount = csv ? csv.length : lines.length;
  const head = Array.from({ length: Math.min(rowCount, 501) }, (_, r) => cellsOf(r));
  const firstRow = head.findIndex((r) => r.some((c) => c.trim() !== ''));
  const hasHeader = firstRow >= 0 && looksLikeHeader(head[firstRow]!);
  const body = hasHeader ? firstRow + 1 : 0;
  const columns = describeColumns(head, body, hasHeader ? head[firstRow]! : undefined);
  const layout = chooseLayout(columns, hasHeader, head, body, options.column);

  const entries: NumberEntry[] = [];
  for (let r = body; r < rowCount && entries.length <= maxNumbers; r++) {
    const line = csv ? undefined : lines[r]!;
    if (line !== undefined && layout.column === undefined && !line.includes(',')) {
      const input = line.trim();
      if (input !== '') addCell(entries, lineProblems, input, r + 1);
      continue;
    }
    const cells = cellsOf(r);
    for (const raw of layout.column === undefined ? cells : [cells[layout.column] ?? '']) {
      const input = raw.trim();
      if (input !== '') addCell(entries, lineProblems, input, r + 1);
    }
  }
  if (entries.length > maxNumbers) {
    lineProblems.push({ line: entries[maxNumbers]!.line, message: tooMany });
    entries.length = maxNumbers;
  }
  return {
    entries,
    lineProblems,
    ...(hasHeader ? { header: head[firstRow]!.join(', ') } : {}),
    columns: layout.column === undefined && !layout.unclear ? [] : columns,
    ...(layout.column === undefined ? {} : { column: layout.column }),
    columnUnclear: layout.unclear,
  };
}

const splitLine = (line: string): string[] => (line.includes(',') ? line.split(',') : [line]);

/** One number a line and nothing else (the list as PortDesk keeps it): no CSV, header or column to guess. */
export function readList(
  text: string,
  lineProblems: ReadNumbersResult['lineProblems'] = [],
): ReadNumbersResult {
  const entries: NumberEntry[] = [];
  const lines = toLines(text, lineProblems);
  for (let i = 0; i < lines.length && entries.length <= maxNumbers; i++) {
    const input = lines[i]!.trim();
    if (input !== '') addCell(entries, lineProblems, input, i + 1);
  }
  if (entries.length > maxNumbers) {
    lineProblems.push({ line: entries[maxNumbers]!.line, message: tooMany });
    entries.length = maxNumbers;
  }
  return { entries, lineProblems, columns: [], columnUnclear: false };
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
): NumberEntry {
  return {
    line,
    input,
    national,
    ext,
    problem,
    e164: undefined,
    country: undefined,
    kind: undefined,
    status: 'error',
    message: undefined,
  } as NumberEntry;
}

function addCell(
  entries: NumberEntry[],
  lineProblems: ReadNumbersResult['lineProblems'],
  input: string,
  line: number,
): void {
  if (input.length > maxCellLength) {
    entries.push(
      entry(
        line,
        input.slice(0, 40) + '…',
        undefined,
        undefined,
        `is ${input.length.toLocaleString('en-US')} characters long; a number is at most about 20`,
      ),
    );
    return;
  }
  const cell = readCell(input);
  // Only text that is not one number may be a range (most numbers hold dashes of their own).
  const range =
    cell.national === undefined && /[-\u2013\u2014]/.test(input) ? readRange(input) : undefined;
  if (!range) {
    entries.push(entry(line, input, cell.national, cell.ext, cell.problem));
    return;
  }
  const first = Number(range.first);
  const last = Number(range.last);
  if (last < first) {
    entries.push(
      entry(
        line,
        input,
        undefined,
        undefined,
        'is a range with the larger number first; write the smaller number first',
      ),
    );
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

/**
 * Real CSV (quotes, semicolons, tabs) goes through Papa Parse; plain text is split by
 * hand, which the bench measured at a fifth of the time for 100,000 lines. Undefined
 * when a stray quote would swallow the rest of the file: it is then read as plain lines.
 */
function parseCsv(lines: string[]): string[][] | undefined {
  const parsed = Papa.parse<string[]>(lines.join('\n'), { skipEmptyLines: false });
  return parsed.errors.some((e) => e.type === 'Quotes') ? undefined : parsed.data;
}

/** The text's lines; lines too long to be numbers are set aside (kept empty, so line numbers stay true). */
function toLines(text: string, problems: ReadNumbersResult['lineProblems']): string[] {
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

function describeColumns(
  rows: string[][],
  body: number,
  header: string[] | undefined,
): ColumnInfo[] {
  const width = Math.max(0, ...rows.slice(body, body + 500).map((r) => r.length));
  const sample = rows.slice(body, body + 500);
  return Array.from({ length: width }, (_, index) => {
    const cells = sample.map((r) => r[index]?.trim() ?? '').filter((c) => c !== '');
    const numbers = cells.filter(isNumberCell).length;
    return {
      index,
      label: header?.[index]?.trim() || `Column ${index + 1}`,
      numbers,
      others: cells.length - numbers,
    };
  });
}

/** Every cell (a list), or one column of a table: a table has a header or a column of other things, such as names. */
function chooseLayout(
  columns: ColumnInfo[],
  hasHeader: boolean,
  rows: string[][],
  body: number,
  chosen: number | undefined,
) {
  if (columns.length <= 1) return { column: undefined, unclear: false };
  const sample =
    rows.slice(body, body + 500).filter((r) => r.some((c) => c.trim() !== '')).length || 1;
  const numberColumns = columns.filter((c) => c.numbers >= sample / 2);
  // A column of mostly other things (names, sites) makes it a table; stray typos in a list do not.
  const textColumns = columns.filter((c) => c.others > c.numbers && c.others * 2 >= sample);
  if (!hasHeader && textColumns.length === 0) return { column: undefined, unclear: false };
  // One named column (PhoneNumber) over lines that sometimes hold several numbers: still a list.
  const headerCells = hasHeader ? rows[body - 1]!.filter((c) => c.trim() !== '').length : 0;
  if (headerCells === 1 && textColumns.length === 0) return { column: undefined, unclear: false };
  if (chosen !== undefined && chosen < columns.length) return { column: chosen, unclear: false };
  if (numberColumns.length === 1) return { column: numberColumns[0]!.index, unclear: false };
  const named = numberColumns.filter((c) => phoneHeader.test(c.label));
  const best = named[0] ?? numberColumns[0] ?? columns[0]!;
  return { column: best.index, unclear: numberColumns.length > 1 };
}
