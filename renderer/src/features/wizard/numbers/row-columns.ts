import type { CheckedNumber, NumberKind, RowStatus } from '@shared/numbers/check-numbers';

/**
 * A slice of checked rows in columns: typed arrays and one string table, whose buffers the
 * worker transfers to the page (moved, not copied), so a 100,000-number list arrives without
 * the page rebuilding 100,000 objects in one long task.
 */
export interface RowColumns {
  /** Rows in this slice. */
  count: number;
  line: Uint32Array;
  /** Index into `statuses`, `countries`, `kinds`. */
  status: Uint8Array;
  country: Uint8Array;
  kind: Uint8Array;
  /** Every string of the slice, one after another (UTF-16 code units). */
  text: Uint16Array;
  /** Where each row's string fields end in `text`, `fieldCount` a row; each starts where the one before ends. */
  ends: Uint32Array;
  /** One bit a string field (bit `f` for field `f`): set when the field has a value. */
  present: Uint8Array;
  /** Each row's message length (0 without one; at most 65,535), which the table sizes rows by. */
  messageLength: Uint16Array;
}

export const statuses: readonly RowStatus[] = ['ok', 'warning', 'duplicate', 'error'];
export const countries: readonly CheckedNumber['country'][] = [undefined, 'US', 'CA'];
export const kinds: readonly (NumberKind | undefined)[] = [undefined, 'geographic', 'tollFree'];

/** The string fields of a row, in their order in the string table. */
export const stringFields = ['input', 'national', 'e164', 'message'] as const;
export const fieldCount = stringFields.length;

/** Rows `from` to `to` (not included) as columns, for the worker to transfer. */
export function toColumns(rows: readonly CheckedNumber[], from: number, to: number): RowColumns {
  const count = to - from;
  let chars = 0;
  for (let i = from; i < to; i++) {
    const row = rows[i]!;
    for (const field of stringFields) chars += row[field]?.length ?? 0;
  }
  const columns: RowColumns = {
    count,
    line: new Uint32Array(count),
    status: new Uint8Array(count),
    country: new Uint8Array(count),
    kind: new Uint8Array(count),
    text: new Uint16Array(chars),
    ends: new Uint32Array(count * fieldCount),
    present: new Uint8Array(count),
    messageLength: new Uint16Array(count),
  };
  let at = 0;
  for (let r = 0; r < count; r++) {
    const row = rows[from + r]!;
    columns.line[r] = row.line;
    columns.status[r] = statuses.indexOf(row.status);
    columns.country[r] = countries.indexOf(row.country);
    columns.kind[r] = kinds.indexOf(row.kind);
    let present = 0;
    for (let f = 0; f < fieldCount; f++) {
      const value = row[stringFields[f]!];
      if (value !== undefined) {
        present |= 1 << f;
        for (let c = 0; c < value.length; c++) columns.text[at++] = value.charCodeAt(c);
      }
      columns.ends[r * fieldCount + f] = at;
    }
    columns.present[r] = present;
    columns.messageLength[r] = Math.min(0xffff, row.message?.length ?? 0);
  }
  return columns;
}

/** The buffers to transfer with a slice. */
export const buffersOf = (c: RowColumns): ArrayBuffer[] =>
  [c.line, c.status, c.country, c.kind, c.text, c.ends, c.present, c.messageLength].map(
    (a) => a.buffer as ArrayBuffer,
  );
