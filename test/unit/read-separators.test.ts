import { listLines } from '@shared/numbers/list-lines';
import { readList, readNumbers, type ReadNumbersResult } from '@shared/numbers/read-numbers';
import { usCanadaAreaCodes } from '@tools/numbers-dataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { nationals, readFixture } from '../support/numbers-fixtures';

/** Issue 13: "every token that reads as a number is either in the list or named in a message". */

const sorted = (values: string[]) => [...values].sort();

/** What the reader did with the text: numbers read, lines to fix, and what it set aside or could not read. */
function ledger(read: ReadNumbersResult) {
  return {
    numbers: read.entries.filter((e) => e.national !== undefined).length,
    errors: read.entries.filter((e) => e.national === undefined).length,
    setAside: read.setAside.length,
    notRead: read.lineProblems.length,
  };
}

describe('a paste with no header is a list, whatever separates it', () => {
  it('reads 312-474-2040, 312-474-2041<TAB>312-474-2042 as 3 numbers', () => {
    const read = readNumbers('312-474-2040, 312-474-2041\t312-474-2042');
    expect(nationals(read)).toEqual(['3124742040', '3124742041', '3124742042']);
    expect(read.column).toBeUndefined();
    expect(read.columns).toEqual([]);
  });

  it('reads +13124742010;+13124742011; +13124742012<TAB>+13124742013 as 4 numbers', () => {
    const read = readNumbers('+13124742010;+13124742011; +13124742012\t+13124742013');
    expect(nationals(read)).toEqual(['3124742010', '3124742011', '3124742012', '3124742013']);
  });

  it('reads semicolons the way the admin center does, and numbers separated by spaces only', () => {
    expect(nationals(readNumbers('4255550200;4255550201;\n4255550202'))).toEqual([
      '4255550200',
      '4255550201',
      '4255550202',
    ]);
    expect(nationals(readNumbers('+1 425 555 0200 +1 425 555 0201  (206) 555-0202'))).toEqual([
      '4255550200',
      '4255550201',
      '2065550202',
    ]);
    // A typo among them is its own line to fix, not a reason to drop its neighbours.
    const read = readNumbers('425555020 4255550201');
    expect(read.entries.map((e) => [e.input, e.national ?? e.problem])).toEqual([
      ['425555020', 'has 9 digits; a number needs 10, or 11 starting with 1'],
      ['4255550201', '4255550201'],
    ]);
  });

  it('keeps a quoted cell whole and still splits the rest of its line', () => {
    const read = readNumbers('"(425) 555-0200, main line";4255550201\t4255550202');
    expect(nationals(read)).toEqual(['4255550200', '4255550201', '4255550202']);
  });

  it('reads the same number twice on one line twice (the second is then a duplicate)', () => {
    const read = readNumbers('4255550200, 4255550200');
    expect(nationals(read)).toEqual(['4255550200', '4255550200']);
  });

  // The property the issue asks for: random lists, random separators, every number exactly once.
  const areaCodes = usCanadaAreaCodes().all;
  const validNumber = fc
    .tuple(
      fc.constantFrom(...areaCodes),
      fc.integer({ min: 200, max: 999 }).filter((n) => n % 100 !== 11),
      fc.integer({ min: 0, max: 9999 }),
    )
    .map(([npa, nxx, line]) => `${npa}${nxx}${String(line).padStart(4, '0')}`);
  const formatted = fc.tuple(validNumber, fc.integer({ min: 0, max: 7 })).map(([n, style]) => {
    const [a, b, c] = [n.slice(0, 3), n.slice(3, 6), n.slice(6)];
    const text = [
      n,
      `+1${n}`,
      `${a}-${b}-${c}`,
      `(${a}) ${b}-${c}`,
      `+1 ${a} ${b} ${c}`,
      `1-${a}-${b}-${c}`,
      `${a}.${b}.${c}`,
      `1 ${a} ${b} ${c}`,
    ][style]!;
    return { national: n, text };
  });
  const separator = fc.oneof(
    fc.constantFrom('\n', '\r\n', ',', ';', '\t', ' ', '  '),
    fc
      .array(fc.constantFrom('\n', '\r\n', ',', ';', '\t', ' '), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join('')),
  );

  it('gives back every number of a random list joined by random separators, exactly once (10,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.array(formatted, { minLength: 1, maxLength: 30 }),
        fc.array(separator, { minLength: 30, maxLength: 30 }),
        fc.constantFrom('', ' ', '\n', '\r\n', ',', '\t'),
        (numbers, separators, edge) => {
          const text =
            edge + numbers.map((n, i) => (i === 0 ? '' : separators[i]!) + n.text).join('') + edge;
          const read = readNumbers(text);
          expect(sorted(nationals(read)), JSON.stringify(text)).toEqual(
            sorted(numbers.map((n) => n.national)),
          );
          expect(ledger(read)).toEqual({
            numbers: numbers.length,
            errors: 0,
            setAside: 0,
            notRead: 0,
          });
        },
      ),
      { numRuns: 10_000, seed: 13 },
    );
  });

  it('reads the numbers of a random table from its number column, and names every other number it sets aside', () => {
    const name = fc.constantFrom('Ada', 'Bob Smith', 'Smith, Ada', 'Zoë', 'Front desk', '');
    const delimiter = fc.constantFrom(',', ';', '\t');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, formatted, fc.option(formatted, { nil: undefined })), {
          minLength: 1,
          maxLength: 25,
        }),
        delimiter,
        fc.boolean(),
        (rows, d, withMobile) => {
          const quote = (cell: string) =>
            cell.includes(d) || cell.includes(',') ? `"${cell}"` : cell;
          const header = ['Name', 'PhoneNumber', ...(withMobile ? ['Mobile'] : [])].join(d);
          const body = rows.map(([who, phone, mobile]) =>
            [
              quote(who),
              quote(phone.text),
              ...(withMobile ? [quote(mobile?.text ?? '')] : []),
            ].join(d),
          );
          const text = [header, ...body].join('\r\n');
          const read = readNumbers(text);
          expect(read.column, text).toBe(1);
          expect(nationals(read)).toEqual(rows.map(([, phone]) => phone.national));
          expect(read.entries.map((e) => e.line)).toEqual(rows.map((_, i) => i + 2));
          const mobiles = rows.flatMap(([, , mobile], i) =>
            withMobile && mobile ? [{ line: i + 2, column: 'Mobile', text: mobile.text }] : [],
          );
          expect(read.setAside).toEqual(mobiles);
          // ...and "numbers from every column" reads both, each exactly once.
          const all = readNumbers(text, { column: 'all' });
          expect(sorted(nationals(all))).toEqual(
            sorted(
              rows.flatMap(([, phone, mobile]) => [
                phone.national,
                ...(withMobile && mobile ? [mobile.national] : []),
              ]),
            ),
          );
          expect(all.setAside).toEqual([]);
        },
      ),
      { numRuns: 2_000, seed: 1313 },
    );
  });
});

describe('a real table', () => {
  it('offers "numbers from every column" and names the numbers of the column it did not read', () => {
    const read = readFixture('two-number-columns.csv');
    expect(read.column).toBe(2);
    expect(read.setAside).toEqual([
      { line: 2, column: 'Mobile', text: '2065550200' },
      { line: 3, column: 'Mobile', text: '2065550201' },
    ]);
    const all = readFixture('two-number-columns.csv', { column: 'all' });
    expect(all.column).toBe('all');
    expect(all.entries.map((e) => [e.line, e.national])).toEqual([
      [2, '2065550200'],
      [2, '4255550200'],
      [3, '2065550201'],
      [3, '4255550201'],
    ]);
    expect(all.setAside).toEqual([]);
  });

  it('takes a header of one cell over a list as a list, whatever separates the numbers', () => {
    const read = readNumbers('PhoneNumber\n4255550200;4255550201\t4255550202\n4255550203');
    expect(read.header).toBe('PhoneNumber');
    expect(read.column).toBeUndefined();
    expect(nationals(read)).toEqual(['4255550200', '4255550201', '4255550202', '4255550203']);
  });

  it('splits a semicolon table on its semicolons only: commas inside names stay in the name', () => {
    const read = readNumbers('Name;PhoneNumber\nSmith, Ada;4255550200\nJones, Bob;4255550201');
    expect(read.column).toBe(1);
    expect(read.columns.map((c) => c.label)).toEqual(['Name', 'PhoneNumber']);
    expect(nationals(read)).toEqual(['4255550200', '4255550201']);
    expect(read.setAside).toEqual([]);
  });

  it('adds up: numbers read + lines with an error + set aside + not read = every entry that held a number', () => {
    const text = [
      'Name,PhoneNumber,Mobile',
      'Ada,4255550200,2065550200',
      'Bob,425555020,',
      `Cy,${'4'.repeat(300)},2065550201`,
      'Di,4255550202-4255550204,',
    ].join('\n');
    expect(ledger(readNumbers(text))).toEqual({
      numbers: 4,
      errors: 2,
      setAside: 2,
      notRead: 0,
    });
  });
});

describe('listLines: the kept list, one entry a line', () => {
  it('keeps the same number twice on one line as two lines, and a range as one', () => {
    expect(listLines(readNumbers('4255550200, 4255550200').entries)).toEqual([
      '4255550200',
      '4255550200',
    ]);
    expect(
      listLines(readNumbers('4255550200-4255550202, 4255550200-4255550202\n4255550203').entries),
    ).toEqual(['4255550200-4255550202', '4255550200-4255550202', '4255550203']);
  });

  it('gives each number of a paste its own line, whatever separated them, with nothing lost', () => {
    const lines = listLines(readNumbers('312-474-2040, 312-474-2041\t312-474-2042').entries);
    expect(lines).toEqual(['312-474-2040', '312-474-2041', '312-474-2042']);
    expect(nationals(readList(lines.join('\n')))).toEqual([
      '3124742040',
      '3124742041',
      '3124742042',
    ]);
  });
});

describe('a table without a header', () => {
  it('is found by a column of names, and its number column read', () => {
    const read = readNumbers('Ada,4255550200\nBob,4255550201\nCy,4255550202');
    expect(read.column).toBe(1);
    expect(nationals(read)).toEqual(['4255550200', '4255550201', '4255550202']);
  });

  it('is a list when no column holds names: short codes such as extensions are named as entries to fix, not dropped unseen', () => {
    const read = readNumbers('4255550200,214\n4255550201,215');
    expect(read.column).toBeUndefined();
    expect(read.entries.map((e) => [e.line, e.national ?? e.input])).toEqual([
      [1, '4255550200'],
      [1, '214'],
      [2, '4255550201'],
      [2, '215'],
    ]);
  });
});
