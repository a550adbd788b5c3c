import type { NumbersCheck } from '@shared/numbers/check-numbers';
import type { ColumnInfo } from '@shared/numbers/read-numbers';

/** What the page asks the numbers worker: check a list, or add typed text or a file's bytes to it first. */
export type NumbersJob =
  | { kind: 'check'; source: string; elsewhere: [string, string][] }
  | {
      kind: 'add';
      source: string;
      elsewhere: [string, string][];
      incoming: { text: string; fileName?: string } | { bytes: ArrayBuffer; fileName: string };
      column?: number;
    };

/** The incoming text's shape, so the page can say what it read and let the admin pick a column. */
export interface AddedInfo {
  fileName?: string;
  encoding?: string;
  header?: string;
  columns: ColumnInfo[];
  column?: number;
  columnUnclear: boolean;
  added: number;
  lineProblems: { line: number; message: string }[];
}

export type NumbersReply =
  | { kind: 'progress'; stage: string; share: number }
  | { kind: 'done'; source: string; check: NumbersCheck; added?: AddedInfo }
  | { kind: 'refused'; message: string };
