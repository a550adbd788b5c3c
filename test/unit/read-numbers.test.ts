import { checkNumbers } from '@shared/numbers/check-numbers';
import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import { maxNumbers, type NumberEntry, readList, readNumbers } from '@shared/numbers/read-numbers';
import metadata from 'libphonenumber-js/metadata.max.json';
import { describe, expect, it } from 'vitest';

import { nationals, readFixture } from '../support/numbers-fixtures';

const classify = createNanpClassifier(metadata as never);

const check = (text: string, elsewhere?: ReadonlyMap<string, string>) =>
  checkNumbers(readNumbers(text), elsewhere ? { classify, elsewhere } : { classify });

const lines = (...l: string[]) => l.join('\n');

/** What readNumbers says of an entry (the entry objects also carry room for checkNumbers' verdict). */
const asRead = ({ line, input, national, ext, problem }: NumberEntry) => ({
  line,
  input,
  national,
  ext,
  problem,
});

describe('readNumbers: the two entry forms', () => {
  it('reads one number a line, each with its line', () => {
    const read = readFixture('one-a-line.txt');
    expect(read.entries.map((e) => [e.line, e.national])).toEqual([
      [1, '4255550200'],
      [2, '4255550201'],
      [3, '4255550202'],
      [4, '4255550203'],
    ]);
    expect(read.lineProblems).toEqual([]);
    expect(read.header).toBeUndefined();
    expect(read.columnUnclear).toBe(false);
  });

  it('reads comma-separated numbers, spaces around the commas or not, all on their line', () => {
    const read = readFixture('comma-separated.txt');
    expect(read.entries.map((e) => [e.line, e.input, e.national])).toEqual([
      [1, '4255550200', '4255550200'],
      [1, '4255550201', '4255550201'],
      [1, '4255550202', '4255550202'],
      [1, '4255550203', '4255550203'],
    ]);
  });

  it('reads both forms mixed in one list: no number of a comma-separated line is dropped', () => {
    const read = readNumbers(
      lines(
        '4255550200, 4255550201, 4255550202',
        '4255550203',
        '4255550204',
        '4255550205, 4255550206',
      ),
    );
    expect(read.entries.map((e) => [e.line, e.national])).toEqual([
      [1, '4255550200'],
      [1, '4255550201'],
      [1, '4255550202'],
      [2, '4255550203'],
      [3, '4255550204'],
      [4, '4255550205'],
      [4, '4255550206'],
    ]);
  });

  it('keeps line numbers true with CRLF and CR line ends and blank lines', () => {
    expect(readFixture('crlf.txt').entries.map((e) => [e.line, e.input])).toEqual([
      [1, '4255550200'],
      [2, '4255550201'],
      [4, '4255550202'],
    ]);
    expect(readFixture('cr-only.txt').entries.map((e) => [e.line, e.national])).toEqual([
      [1, '4255550200'],
      [2, '4255550201'],
      [3, '4255550202'],
    ]);
    expect(readNumbers('\r\n\r\n  4255550200  \r\n').entries.map(asRead)).toEqual([
      { line: 3, input: '4255550200', national: '4255550200' },
    ]);
  });

  it('ignores non-digits when 10 digits, or 11 starting with 1, remain', () => {
    const read = readFixture('non-digits.txt');
    expect(read.entries.map((e) => [e.line, e.national])).toEqual([
      [1, '4255550200'],
      [2, '4255550201'],
      [3, '4255550202'],
      [4, '4255550203'],
      [5, '4255550204'],
    ]);
    expect(
      nationals(
        readNumbers(lines('+1 (425) 555-0200', '1 425 555 0201', '425 555 0202', '14255550203')),
      ),
    ).toEqual(['4255550200', '4255550201', '4255550202', '4255550203']);
  });

  it('gives fewer than 10 or more than 11 digits (or 11 not starting with 1) a problem on its line, and reads the rest', () => {
    const read = readFixture('digit-count.txt');
    expect(read.entries.map((e) => [e.line, e.input, e.national, e.problem])).toEqual([
      [1, '4255550200', '4255550200', undefined],
      [2, '425555010', undefined, 'has 9 digits; a number needs 10, or 11 starting with 1'],
      [3, '425555020012', undefined, 'has 12 digits; a number needs 10, or 11 starting with 1'],
      [4, '24255550201', undefined, 'has 11 digits; a number needs 10, or 11 starting with 1'],
      [5, '4255550202', '4255550202', undefined],
    ]);
    const messages = checkNumbers(read, { classify })
      .rows.filter((r) => r.status === 'error')
      .map((r) => r.message);
    expect(messages).toEqual([
      'Line 2: "425555010" has 9 digits; a number needs 10, or 11 starting with 1.',
      'Line 3: "425555020012" has 12 digits; a number needs 10, or 11 starting with 1.',
      'Line 4: "24255550201" has 11 digits; a number needs 10, or 11 starting with 1.',
    ]);
  });

  it('says "has 0 digits" of a word among numbers, and "1 digit" in the singular', () => {
    const read = readNumbers(lines('4255550200', 'hello', '7'));
    expect(read.entries.map((e) => e.problem)).toEqual([
      undefined,
      'has 0 digits; a number needs 10, or 11 starting with 1',
      'has 1 digit; a number needs 10, or 11 starting with 1',
    ]);
  });
});

describe('readNumbers: ranges', () => {
  it('expands a range to every number from the first to the last, each with the range’s line and text', () => {
    const read = readFixture('ranges.txt');
    const expanded = read.entries.filter((e) => e.line <= 2);
    expect(expanded.map((e) => [e.line, e.input, e.national])).toEqual([
      [1, '4255550200-4255550204', '4255550200'],
      [1, '4255550200-4255550204', '4255550201'],
      [1, '4255550200-4255550204', '4255550202'],
      [1, '4255550200-4255550204', '4255550203'],
      [1, '4255550200-4255550204', '4255550204'],
      [2, '425-555-0200 - 425-555-0202', '4255550200'],
      [2, '425-555-0200 - 425-555-0202', '4255550201'],
      [2, '425-555-0200 - 425-555-0202', '4255550202'],
    ]);
  });

  it('refuses a range with the larger number first, on its line', () => {
    const read = readFixture('ranges.txt');
    expect(read.entries.filter((e) => e.line === 3).map(asRead)).toEqual([
      {
        line: 3,
        input: '4255550310-4255550300',
        problem: 'is a range with the larger number first; write the smaller number first',
      },
    ]);
    expect(check('4255550310-4255550300').rows[0]).toMatchObject({
      status: 'error',
      message:
        'Line 1: "4255550310-4255550300" is a range with the larger number first; write the smaller number first.',
    });
  });

  it('refuses a range of more than 100,000 numbers as a line problem, and reads the lines after it', () => {
    const read = readFixture('ranges.txt');
    expect(read.lineProblems).toEqual([
      {
        line: 4,
        message:
          'Line 4: the range "2000000000-2000100000" holds 100,001 numbers; an order holds at most 100,000.',
      },
    ]);
    expect(read.entries.filter((e) => e.line >= 4).map((e) => [e.line, e.national])).toEqual([
      [5, '4255550400'],
    ]);
  });

  it('accepts a range of exactly 100,000 numbers', () => {
    const read = readNumbers('2065550000-2065649999');
    expect(read.entries).toHaveLength(maxNumbers);
    expect(read.entries.at(-1)?.national).toBe('2065649999');
    expect(read.lineProblems).toEqual([]);
  });

  it('reads a range of one number, 11-digit ends, and dashes inside the numbers', () => {
    expect(nationals(readNumbers('4255550200-4255550200'))).toEqual(['4255550200']);
    expect(nationals(readNumbers('1-425-555-0200-1-425-555-0202'))).toEqual([
      '4255550200',
      '4255550201',
      '4255550202',
    ]);
    expect(nationals(readNumbers('+1 (425) 555-0298 - +1 (425) 555-0301'))).toEqual([
      '4255550298',
      '4255550299',
      '4255550300',
      '4255550301',
    ]);
  });

  it('reads a single number with dashes as a number, not as a range', () => {
    expect(readNumbers('425-555-0200').entries.map(asRead)).toEqual([
      { line: 1, input: '425-555-0200', national: '4255550200' },
    ]);
    expect(readNumbers('1-425-555-0200').entries.map(asRead)).toEqual([
      { line: 1, input: '1-425-555-0200', national: '4255550200' },
    ]);
  });

  it('stops at 100,000 numbers in all and says where', () => {
    const read = readNumbers(lines('2065550000-2065609999', '4255550000-4255599999'));
    expect(read.entries).toHaveLength(maxNumbers);
    expect(read.entries.at(-1)).toMatchObject({ line: 2, national: '4255589999' }); // 60,000 + 40,000
    expect(read.lineProblems).toEqual([
      {
        line: 2,
        message: 'An order holds at most 100,000 numbers; the numbers from here on were not read.',
      },
    ]);
  });

  // BUG (read-numbers.ts, addCell: `national: String(n)`): a range of 10-digit numbers that
  // start with 0 goes through Number() and back, losing the leading zero: 9-digit "national"
  // numbers that check-numbers then turns into 10-character E.164 strings.
  it('keeps 10 digits in every number of a range whose numbers start with 0', () => {
    const read = readNumbers('0255550200-0255550202');
    expect(read.entries.map((e) => e.national ?? e.problem)).toEqual([
      '0255550200',
      '0255550201',
      '0255550202',
    ]);
  });
});

describe('readNumbers: extensions', () => {
  it('splits off x123, ext. 12, ext 7 and "extension 99" and keeps the number', () => {
    const read = readFixture('extensions.txt');
    expect(read.entries.map((e) => [e.line, e.national, e.ext])).toEqual([
      [1, '4255550200', undefined],
      [2, '4255550201', '123'],
      [3, '4255550202', '12'],
      [4, '4255550203', '7'],
      [5, '4255550204', '99'],
    ]);
  });

  it('makes each number with an extension a warning row that names the line and the extension, still counted as valid', () => {
    const result = checkNumbers(readFixture('extensions.txt'), { classify });
    expect(result.rows.map((r) => r.status)).toEqual([
      'ok',
      'warning',
      'warning',
      'warning',
      'warning',
    ]);
    expect(result.rows[1]).toMatchObject({
      line: 2,
      e164: '+14255550201',
      country: 'US',
      kind: 'geographic',
    });
    expect(result.rows[1]?.message).toMatch(/^Line 2: \+14255550201 has an extension \(123\)/);
    expect(result.rows[2]?.message).toMatch(/^Line 3: \+14255550202 has an extension \(12\)/);
    expect(result.counts).toMatchObject({ total: 5, valid: 5, warnings: 4, errors: 0 });
  });
});

describe('readNumbers: CSV files', () => {
  it('skips a PhoneNumber header row and reads the numbers under it', () => {
    const read = readFixture('header-phonenumber.csv');
    expect(read.header).toBe('PhoneNumber');
    expect(read.entries.map((e) => [e.line, e.national])).toEqual([
      [2, '4255550200'],
      [3, '4255550201'],
      [4, '4255550202'],
    ]);
  });

  it('skips a header row of any other name', () => {
    const read = readFixture('header-other.csv');
    expect(read.header).toBe('Lines to move');
    expect(read.entries.map((e) => [e.line, e.national])).toEqual([
      [2, '4255550200'],
      [3, '4255550201'],
    ]);
  });

  it('finds the number column of a Name,PhoneNumber,Site table', () => {
    const read = readFixture('several-columns.csv');
    expect(read.column).toBe(1);
    expect(read.columnUnclear).toBe(false);
    expect(read.columns.map((c) => c.label)).toEqual(['Name', 'PhoneNumber', 'Site']);
    expect(read.entries.map((e) => [e.line, e.national])).toEqual([
      [2, '4255550200'],
      [3, '5145550201'],
      [4, '2065550202'],
    ]);
  });

  it('finds the number column of a table without a header, by its other columns of names', () => {
    const read = readFixture('several-columns-no-header.csv');
    expect(read.header).toBeUndefined();
    expect(read.column).toBe(1);
    expect(nationals(read)).toEqual(['4255550200', '4255550201', '4255550202']);
  });

  it('reads quoted cells, with commas inside the quotes', () => {
    const read = readFixture('quoted.csv');
    expect(read.column).toBe(1);
    expect(read.entries.map((e) => [e.line, e.input, e.national])).toEqual([
      [2, '(425) 555-0200', '4255550200'],
      [3, '(425) 555-0201', '4255550201'],
      [4, '4255550202', '4255550202'],
    ]);
    expect(nationals(readNumbers('"(425) 555-0200, main line"\n"(425) 555-0201"'))).toEqual([
      '4255550200',
      '4255550201',
    ]);
  });

  it('says the column is unclear when two columns hold numbers, and reads the one the admin picks', () => {
    const read = readFixture('two-number-columns.csv');
    expect(read.columnUnclear).toBe(true);
    expect(read.columns.map((c) => [c.index, c.label])).toEqual([
      [0, 'Name'],
      [1, 'Mobile'],
      [2, 'PhoneNumber'],
    ]);
    expect(read.columns.filter((c) => c.numbers > 0).map((c) => c.index)).toEqual([1, 2]);
    expect(read.column).toBe(2); // the one whose header names a phone number, until the admin picks
    expect(nationals(read)).toEqual(['4255550200', '4255550201']);

    const picked = readFixture('two-number-columns.csv', { column: 1 });
    expect(picked.columnUnclear).toBe(false);
    expect(picked.column).toBe(1);
    expect(picked.entries.map((e) => [e.line, e.national])).toEqual([
      [2, '2065550200'],
      [3, '2065550201'],
    ]);
  });

  it('reads a semicolon- or tab-separated table the same way', () => {
    expect(nationals(readNumbers('Name;PhoneNumber\nAda;4255550200\nBob;4255550201'))).toEqual([
      '4255550200',
      '4255550201',
    ]);
    expect(nationals(readNumbers('Name\tPhoneNumber\nAda\t4255550200\nBob\t4255550201'))).toEqual([
      '4255550200',
      '4255550201',
    ]);
  });

  it('reads a file of only a header as no numbers at all (what the UI words as "no numbers in this file")', () => {
    const read = readFixture('header-only.csv');
    expect(nationals(read)).toEqual([]);
    expect(read.lineProblems).toEqual([]);
    expect(read.columns).toEqual([]);
    expect(read.columnUnclear).toBe(false);
    // Today the header comes back as one error entry: line 1, "PhoneNumber", "has 0 digits".
    expect(read.entries.every((e) => e.national === undefined)).toBe(true);
  });

  // BUG (read-numbers.ts, `hasHeader`): a header is recognised only when numbers follow it, so a
  // file of only a header reads its header as a number with "0 digits": the admin sees
  // 'Line 1: "PhoneNumber" has 0 digits' instead of "there are no numbers in this file".
  it('gives no entries for a file of only a header', () => {
    const read = readFixture('header-only.csv');
    expect(read.entries).toEqual([]);
    expect(read.header).toBe('PhoneNumber');
  });

  // BUG (read-numbers.ts, `hasHeader`): any first line that is not a 10/11-digit number is taken
  // as a header when numbers follow, so a typo or a number with an extension on line 1 is
  // silently dropped instead of being an error or a warning on line 1.
  it('reads a 9-digit typo on the first line as an error on line 1, not as a header', () => {
    const read = readNumbers(lines('425555010', '4255550201', '4255550202'));
    expect(read.header).toBeUndefined();
    expect(read.entries[0]).toMatchObject({
      line: 1,
      input: '425555010',
      problem: expect.stringMatching(/9 digits/),
    });
  });

  it('reads a number with an extension on the first line, not as a header', () => {
    const read = readNumbers(lines('4255550200 x12', '4255550201'));
    expect(read.entries.map((e) => [e.line, e.national, e.ext])).toEqual([
      [1, '4255550200', '12'],
      [2, '4255550201', undefined],
    ]);
  });

  // BUG (read-numbers.ts, Papa.parse errors ignored): an unmatched quote makes the rest of the
  // file one cell, so every number after it becomes one "has 30 digits" error on one line.
  it('reads the lines after a stray quote', () => {
    const read = readNumbers(lines('4255550200', '"4255550201', '4255550202', '4255550203'));
    expect(nationals(read)).toEqual(expect.arrayContaining(['4255550202', '4255550203']));
  });
});

describe('readNumbers: bad input', () => {
  it('names a line of 10,000 characters as an error of its own, and reads the other lines', () => {
    const read = readFixture('long-line.txt');
    const rows = checkNumbers(read, { classify }).rows;
    expect(rows.filter((r) => r.status === 'error').map((r) => r.message)).toEqual([
      expect.stringMatching(
        /^Line 2: ".{40}…" is 10,000 characters long; a number is at most about 20\.$/,
      ),
      expect.stringMatching(
        /^Line 4: ".{40}…" is 9,989 characters long; a number is at most about 20\.$/,
      ),
    ]);
    expect(rows.filter((r) => r.national).map((r) => [r.line, r.national])).toEqual([
      [1, '4255550200'],
      [3, '4255550201'],
      [4, '4255550202'],
      [5, '4255550203'],
    ]);
  });

  it('sets aside a line longer than 20,000 characters with a problem naming it', () => {
    const read = readNumbers(`4255550200\n${'4255550201, '.repeat(2000)}\n4255550203`);
    expect(read.lineProblems).toEqual([
      {
        line: 2,
        message:
          'Line 2 is 24,000 characters long; a line holds one number, or a few separated by commas (up to 20,000 characters). It was not read.',
      },
    ]);
    expect(read.entries.map((e) => e.line)).toEqual([1, 3]);
  });

  it('reads empty and blank text as nothing', () => {
    for (const text of ['', '\n', '  \r\n\t\r\n', ',,,\n , ']) {
      const read = readNumbers(text);
      expect(read.entries, JSON.stringify(text)).toEqual([]);
      expect(read.lineProblems).toEqual([]);
    }
  });
});

describe('readList (the list as PortDesk keeps it)', () => {
  it('reads one number a line, without CSV, header or column guessing', () => {
    const read = readList(lines('PhoneNumber', '"4255550200"', '4255550201-4255550202'));
    expect(read.entries.map((e) => [e.line, e.national ?? e.problem])).toEqual([
      [1, 'has 0 digits; a number needs 10, or 11 starting with 1'],
      [2, '4255550200'],
      [3, '4255550201'],
      [3, '4255550202'],
    ]);
  });

  // BUG (read-numbers.ts, readList: `entries.length = maxNumbers` with no lineProblem): past
  // 100,000 numbers the rest is dropped without a word, unlike readNumbers.
  it('says when it stops at 100,000 numbers', () => {
    const read = readList(lines('2065550000-2065609999', '4255550000-4255599999'));
    expect(read.entries).toHaveLength(maxNumbers);
    expect(read.lineProblems).toHaveLength(1);
  });
});
