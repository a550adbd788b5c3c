import type { NumbersCheck } from '@shared/numbers/check-numbers';
import type { ColumnInfo, SetAside } from '@shared/numbers/read-numbers';
import type { Country } from '@shared/schemas/country';

import type { RowColumns } from './row-columns';

/** What every job checks the list against: the other orders' numbers and the order's country for toll-free numbers. */
export interface JobContext {
  elsewhere: [string, string][];
  /** `tollFreeCountryOf(order.answers)`: the rule main's check reads too. */
  tollFreeCountry: Country | undefined;
}

/** What the page asks the numbers worker: check a list, or add typed text or a file's bytes to it first. */
export type NumbersJob =
  | ({ kind: 'check'; source: string } & JobContext)
  | ({
      kind: 'add';
      source: string;
      incoming: { text: string; fileName?: string } | { bytes: ArrayBuffer; fileName: string };
      column?: number | 'all';
    } & JobContext);

/** How many set-aside numbers of each column the page is sent by name; the rest are counted, with their lines. */
export const setAsideShown = 10;

/** The numbers set aside from one column: how many, on which lines, and the first of them. */
export interface SetAsideColumn {
  column: string;
  count: number;
  firstLine: number;
  lastLine: number;
  first: SetAside[];
}

/**
 * What the incoming text held and what became of each part, so the page can say so (the
 * parts add up: numbers + toFix + set aside + lines not read), and let the admin pick a column.
 */
export interface AddedInfo {
  fileName?: string;
  encoding?: string;
  header?: string;
  columns: ColumnInfo[];
  column?: number | 'all';
  columnUnclear: boolean;
  /** Lines added to the list (a range is one line). */
  added: number;
  /** Numbers read into the list (a range counts each of its numbers)... */
  numbers: number;
  /** ...entries added to the list that are not numbers, there to fix or remove... */
  toFix: number;
  /** ...numbers of the columns not chosen, by column... */
  setAside: SetAsideColumn[];
  /** ...and lines not read at all (too long, a range too large, past 100,000 numbers). */
  lineProblems: { line: number; message: string }[];
}

/** The check without its rows: those come before it, in slices of columns (`rows` replies). */
export type ListCheck = Omit<NumbersCheck, 'rows'>;

/** Rows a `rows` reply holds (the last one may hold fewer). */
export const rowsSliceSize = 10_000;

export type NumbersReply =
  | { kind: 'progress'; stage: string; share: number }
  | { kind: 'rows'; columns: RowColumns }
  | { kind: 'done'; source: string; check: ListCheck; added?: AddedInfo }
  | { kind: 'refused'; message: string };
