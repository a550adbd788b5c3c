import { NumberRows } from '@renderer/features/wizard/numbers/number-rows';
import {
  matchesFilter,
  type NumbersFilter,
} from '@renderer/features/wizard/numbers/numbers-counts';
import { toColumns } from '@renderer/features/wizard/numbers/row-columns';
import { type CheckedNumber, checkNumbers } from '@shared/numbers/check-numbers';
import { createForeignNamer } from '@shared/numbers/foreign-number';
import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import { readList, readNumbers } from '@shared/numbers/read-numbers';
import { numbersDataset } from '@tools/numbers-dataset';
import metadata from 'libphonenumber-js/metadata.max.json';
import { describe, expect, it } from 'vitest';

const classify = createNanpClassifier(metadata as never);
const foreign = createForeignNamer(metadata as never);

/** The rows as the worker hands them over: slices of `size` rows in columns, read back on the page. */
function handedOver(rows: CheckedNumber[], size: number): NumberRows {
  const slices = [];
  for (let from = 0; from < rows.length; from += size)
    slices.push(toColumns(rows, from, Math.min(rows.length, from + size)));
  return new NumberRows(slices, size);
}

/** The fields the table shows, as plain values (a checked row also carries what reading left on it). */
const shown = (r: CheckedNumber): CheckedNumber => ({
  line: r.line,
  input: r.input,
  national: r.national,
  e164: r.e164,
  country: r.country,
  kind: r.kind,
  status: r.status,
  message: r.message,
});

describe('the checked rows in columns (worker to page)', () => {
  // Every status, both countries and kinds, a range, an extension, a foreign number, text that is
  // no number, a duplicate, a number in another order, and characters outside ASCII.
  const text = [
    '(425) 555-0200',
    '416 555 0200',
    '800-555-0199',
    '4255550200',
    '+1 425 555 0201 x123',
    '+44 20 7946 0958',
    'call José at the office',
    '4258820150-4258820153',
    '206 555 0100',
    '',
    '  4258820160  ',
    'Zürich ☎ 12',
  ].join('\n');
  const check = checkNumbers(readNumbers(text), {
    classify,
    foreign,
    elsewhere: new Map([['+14258820160', 'Denver office']]),
  });

  it('reads back every row exactly, whatever the slice size', () => {
    const expected = check.rows.map(shown);
    expect(new Set(expected.map((r) => r.status))).toEqual(
      new Set(['ok', 'warning', 'duplicate', 'error']),
    );
    for (const size of [1, 3, 5, expected.length, 1000]) {
      const rows = handedOver(check.rows, size);
      expect(rows.length).toBe(expected.length);
      expect(Array.from({ length: rows.length }, (_, i) => rows.at(i))).toEqual(expected);
      expect([...rows.messageLengths]).toEqual(expected.map((r) => r.message?.length ?? 0));
      expect(rows.at(-1)).toBeUndefined();
      expect(rows.at(rows.length)).toBeUndefined();
    }
  });

  it('filters to the same rows as the filter on the rows themselves, 20,000 numbers', () => {
    const big = checkNumbers(readList(numbersDataset({ size: 20_000, seed: 7 }).text), {
      classify,
      foreign,
    }).rows;
    const rows = handedOver(big, 4096);
    const filters: NumbersFilter[] = ['all', 'errors', 'duplicates', 'warnings', 'US', 'CA'];
    for (const filter of [...filters, 'tollFree' as const]) {
      const expected = big.filter((r) => matchesFilter(r, filter)).map(shown);
      expect(expected.length, filter).toBeGreaterThan(0);
      const view = rows.select((r) => matchesFilter(r, filter));
      expect(view.length, filter).toBe(expected.length);
      const all = Array.from({ length: view.length }, (_, i) => view.at(i));
      expect(all, filter).toEqual(expected);
      expect([...view.messageLengths], filter).toEqual(expected.map((r) => r.message?.length ?? 0));
      expect(view.at(view.length)).toBeUndefined();
    }
  });
});
