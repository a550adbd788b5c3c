import { nationalDigits, readCell, readRange } from './read-cell';
import { splitListLine, splitRun } from './split-text';

export interface ColumnInfo {
  index: number;
  label: string;
  /** Cells (of the first 500 rows) that read as a number or range... */
  numbers: number;
  /** ...and cells that hold something else, such as a name. */
  others: number;
}

/** Every cell of a list, or one column of a table (or, when the admin asks, every column). */
export type Layout =
  | { kind: 'list' }
  | { kind: 'table'; column: number | 'all'; unclear: boolean; numberColumns: Set<number> };

const hasLetter = /\p{L}/u;
const digitsIn = (text: string) => text.replace(/\D/g, '').length;

/** A header names columns: letters, and no run of digits that could be a number (a typo on line 1 is data). */
export const looksLikeHeader = (row: string[]): boolean =>
  row.some((c) => hasLetter.test(c)) && !row.some((c) => digitsIn(c) >= 7);

const phoneHeader = /phone|number|did|tn\b|telephone|^tel/i;
const isNumberCell = (cell: string) =>
  nationalDigits(cell) !== undefined || readRange(cell) !== undefined;
/**
 * A cell of words, such as a name or a site: letters, and too few digits to hide a number.
 * Not punctuation or short digits: a mixed-separator paste leaves such cells, and stays a list.
 */
const isNameCell = (cell: string) => hasLetter.test(cell) && digitsIn(cell) < 7;

/** Whether a cell holds something read as a number: one, a range, several, or another country's. */
export function holdsNumber(cell: string): boolean {
  if (digitsIn(cell) < 7) return false;
  if (isNumberCell(cell) || readCell(cell).foreign !== undefined) return true;
  const parts = splitListLine(cell);
  const several = parts.length > 1 ? parts : (splitRun(cell) ?? []);
  return several.some((p) => isNumberCell(p) || readCell(p).foreign !== undefined);
}

/** The columns of the first 500 rows after the header: what each mostly holds. */
export function describeColumns(
  sample: string[][],
  header: string[] | undefined,
): (ColumnInfo & { names: number })[] {
  const width = Math.max(0, ...sample.map((r) => r.length));
  return Array.from({ length: width }, (_, index) => {
    const cells = sample.map((r) => r[index]?.trim() ?? '').filter((c) => c !== '');
    const numbers = cells.filter(isNumberCell).length;
    return {
      index,
      label: header?.[index]?.trim() || `Column ${index + 1}`,
      numbers,
      others: cells.length - numbers,
      names: cells.filter(isNameCell).length,
    };
  });
}

/**
 * A list, unless the text is a real table: a header of two or more cells, or a column
 * mostly of names (a site, a person). Numbers split by mixed separators are never a table.
 */
export function chooseLayout(
  columns: (ColumnInfo & { names: number })[],
  sample: string[][],
  header: string[] | undefined,
  chosen: number | 'all' | undefined,
): Layout {
  if (columns.length <= 1) return { kind: 'list' };
  const rows = sample.filter((r) => r.some((c) => c.trim() !== '')).length || 1;
  const nameColumns = columns.filter((c) => c.names > c.numbers && c.names * 2 >= rows);
  const headerCells = header?.filter((c) => c.trim() !== '').length ?? 0;
  if (headerCells < 2 && nameColumns.length === 0) return { kind: 'list' };
  const numberColumns = columns.filter((c) => c.numbers > 0 && c.numbers * 2 >= rows);
  const numberSet = new Set(numberColumns.map((c) => c.index));
  if (chosen === 'all' || (chosen !== undefined && chosen < columns.length))
    return { kind: 'table', column: chosen, unclear: false, numberColumns: numberSet };
  const named = numberColumns.filter((c) => phoneHeader.test(c.label));
  const best =
    numberColumns.length === 1
      ? numberColumns[0]!
      : (named[0] ?? numberColumns[0] ?? [...columns].sort((a, b) => b.numbers - a.numbers)[0]!);
  return {
    kind: 'table',
    column: best.index,
    unclear: numberColumns.length > 1,
    numberColumns: numberSet,
  };
}
