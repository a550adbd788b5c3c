import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { decodeNumbersFile, maxImportBytes } from '@shared/numbers/decode-file';
import { readNumbers } from '@shared/numbers/read-numbers';
import { afterAll, describe, expect, it } from 'vitest';

import { numbersFixtures } from '../fixtures/numbers/make-fixtures';
import { fixtureBytes, nationals, numbersFixturesDir } from '../support/numbers-fixtures';

const decodeFixture = (name: string) => decodeNumbersFile(fixtureBytes(name), name);
const textOf = (name: string) => {
  const decoded = decodeFixture(name);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded;
};

describe('the numbers fixtures', () => {
  it('on disk are exactly what make-fixtures.ts writes (run it after changing it)', () => {
    const expected = numbersFixtures();
    const onDisk = readdirSync(numbersFixturesDir)
      .filter((f) => !f.endsWith('.ts'))
      .sort();
    expect(onDisk).toEqual(Object.keys(expected).sort());
    for (const [name, bytes] of Object.entries(expected))
      expect(Buffer.compare(fixtureBytes(name), bytes), name).toBe(0);
  });
});

describe('decodeNumbersFile: encodings', () => {
  /** The same Name,PhoneNumber,Site table (with "Zoë" and "Montréal") in every encoding. */
  const table =
    'Name,PhoneNumber,Site\nAda,(425) 555-0200,Seattle\nZoë,(514) 555-0201,Montréal\nBob,+1 206 555 0202,Redmond\n';
  const normalized = (text: string) => text.replaceAll('\r\n', '\n');

  it('reads UTF-8 without a BOM', () => {
    const decoded = textOf('utf8.csv');
    expect(decoded).toEqual({ ok: true, encoding: 'UTF-8', text: table });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const decoded = textOf('utf8-bom.csv');
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(normalized(decoded.text)).toBe(table);
  });

  it('reads UTF-16 LE with a BOM', () => {
    const decoded = textOf('utf16le-bom.csv');
    expect(decoded.encoding).toBe('UTF-16LE');
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(normalized(decoded.text)).toBe(table);
  });

  it('reads UTF-16 BE with a BOM', () => {
    const decoded = textOf('utf16be-bom.csv');
    expect(decoded.encoding).toBe('UTF-16BE');
    expect(normalized(decoded.text)).toBe(table);
  });

  it('reads Latin-1 (Windows-1252) when the bytes are not UTF-8: "Numéro" with é as 0xE9', () => {
    const bytes = fixtureBytes('latin1.csv');
    expect(bytes.includes(0xe9)).toBe(true);
    const decoded = textOf('latin1.csv');
    expect(decoded.encoding).toBe('Windows-1252');
    expect(decoded.text.split('\r\n')[0]).toBe('Numéro de téléphone,Société');
    expect(decoded.text).toContain('Hôtel Québec');
    expect(decoded.text).not.toContain('\ufffd');
  });

  // BUG (decode-file.ts, the Windows-1252 fallback): Node's TextDecoder('windows-1252') decodes
  // 0x80-0x9F as Latin-1 C1 controls (nodejs/node#56542, #60888; Node >= 20.18.3 and 22.13.0, so
  // Electron's main process too), so Excel's curly quotes, en dash and € come out as U+0093, U+0096,
  // U+0080. Chromium (the renderer's worker) decodes them right: the same file reads differently
  // in main and in the renderer. Passes once decode-file maps 0x80-0x9F itself.
  it('reads the Windows-1252 characters Excel writes (€, curly quotes) too', () => {
    const decoded = decodeNumbersFile(
      Uint8Array.from([0x93, 0x34, 0x32, 0x35, 0x94, 0x2c, 0x80, 0x0a]),
      'quotes.csv',
    );
    expect(decoded).toEqual({ ok: true, encoding: 'Windows-1252', text: '\u201c425\u201d,€\n' });
  });

  it('gives the same numbers from every encoding, with the header and column found', () => {
    for (const name of ['utf8.csv', 'utf8-bom.csv', 'utf16le-bom.csv', 'utf16be-bom.csv']) {
      const read = readNumbers(textOf(name).text);
      expect(read.header, name).toBe('Name, PhoneNumber, Site');
      expect(read.column, name).toBe(1);
      expect(
        read.entries.map((e) => [e.line, e.national]),
        name,
      ).toEqual([
        [2, '4255550200'],
        [3, '5145550201'],
        [4, '2065550202'],
      ]);
    }
    const latin1 = readNumbers(textOf('latin1.csv').text);
    expect(latin1.header).toBe('Numéro de téléphone, Société');
    expect(latin1.column).toBe(0);
    expect(nationals(latin1)).toEqual(['4255550200', '5145550201']);
  });

  it('keeps CRLF for readNumbers, which reads it line by line', () => {
    const decoded = textOf('crlf.txt');
    expect(decoded.text).toBe('4255550200\r\n4255550201\r\n\r\n4255550202\r\n');
    expect(readNumbers(decoded.text).entries.map((e) => e.line)).toEqual([1, 2, 4]);
  });

  it('reads UTF-16 without a BOM, little- or big-endian, from where its zero bytes fall', () => {
    const decoded = decodeFixture('utf16le-no-bom.csv');
    expect(decoded).toMatchObject({ ok: true, encoding: 'UTF-16LE' });
    expect(decoded.ok && nationals(readNumbers(decoded.text))).toEqual([
      '4255550200',
      '5145550201',
      '2065550202',
    ]);
    const text = 'PhoneNumber\n(425) 882-0100\n';
    const be = new Uint8Array(text.length * 2);
    [...text].forEach((c, i) => (be[i * 2 + 1] = c.charCodeAt(0)));
    expect(decodeNumbersFile(be, 'be.csv')).toEqual({ ok: true, text, encoding: 'UTF-16BE' });
  });
});

describe('decodeNumbersFile: archives and sizes', () => {
  const zip = (entry: string) =>
    new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new Array<number>(26).fill(0),
      ...Buffer.from(entry),
    ]);

  it('calls a ZIP a ZIP, a word-processing file a document, and only a spreadsheet a workbook', () => {
    expect(decodeNumbersFile(zip('numbers.csv'), 'numbers.zip')).toEqual({
      ok: false,
      message:
        'numbers.zip is a ZIP archive, not a list of numbers. Unzip it and import the CSV or TXT file inside.',
    });
    expect(decodeNumbersFile(zip('word/document.xml'), 'list.docx')).toMatchObject({
      ok: false,
      message: expect.stringContaining('list.docx is a word-processing document'),
    });
    expect(decodeNumbersFile(zip('xl/workbook.xml'), 'list.xlsx')).toMatchObject({
      ok: false,
      message: expect.stringContaining('list.xlsx is a workbook'),
    });
  });

  it('gives the real size of a file too large to load, not the limit', () => {
    expect(decodeNumbersFile(new Uint8Array(0), 'big.csv', 50 * 1024 * 1024)).toEqual({
      ok: false,
      message:
        'big.csv is 50.0 MB; PortDesk imports files up to 25.0 MB. Split it into smaller files, or keep only the column of numbers.',
    });
  });
});

describe('decodeNumbersFile: bad files', () => {
  it('refuses an empty file, naming it', () => {
    expect(decodeFixture('empty.csv')).toEqual({
      ok: false,
      message: 'empty.csv is empty: there are no numbers in it.',
    });
  });

  it('refuses a binary file (a PNG image) and says what to import instead', () => {
    expect(decodeFixture('binary.png')).toEqual({
      ok: false,
      message:
        'binary.png is not a text file. Import a CSV or TXT file with one number a line, or numbers separated by commas.',
    });
  });

  it('refuses text full of control characters as binary, but not text with a few tabs and form feeds', () => {
    const noisy = Uint8Array.from({ length: 400 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x34));
    expect(decodeNumbersFile(noisy, 'noisy.txt').ok).toBe(false);
    const tabs = new TextEncoder().encode('Name\tPhoneNumber\fAda\t4255550200\n');
    expect(decodeNumbersFile(tabs, 'tabs.txt')).toMatchObject({ ok: true, encoding: 'UTF-8' });
  });

  it('refuses an .xlsx workbook (zip magic) and asks for a CSV', () => {
    expect(decodeFixture('numbers.xlsx')).toEqual({
      ok: false,
      message:
        'numbers.xlsx is a workbook (such as an Excel .xlsx file), not text. Save it as CSV and import that.',
    });
  });

  it('refuses a file above the size limit before decoding anything, and takes one at the limit', () => {
    const atLimit = new Uint8Array(maxImportBytes).fill(0x0a);
    atLimit.set(new TextEncoder().encode('4255550200'));
    expect(decodeNumbersFile(atLimit, 'at-limit.txt')).toMatchObject({
      ok: true,
      encoding: 'UTF-8',
    });
    const above = new Uint8Array(maxImportBytes + 1);
    expect(decodeNumbersFile(above, 'above.txt')).toEqual({
      ok: false,
      message:
        'above.txt is 25.0 MB; PortDesk imports files up to 25.0 MB. Split it into smaller files, or keep only the column of numbers.',
    });
  });

  describe('a 50 MB file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portdesk-numbers-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is refused with a message that gives its size, the limit and what to do', () => {
      const path = join(dir, 'huge.csv');
      writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'PhoneNumber\n+14255550200\n'));
      expect(statSync(path).size).toBe(50 * 1024 * 1024);
      const decoded = decodeNumbersFile(readFileSync(path), 'huge.csv');
      expect(decoded).toEqual({
        ok: false,
        message:
          'huge.csv is 50.0 MB; PortDesk imports files up to 25.0 MB. Split it into smaller files, or keep only the column of numbers.',
      });
    });
  });

  it('decodes a file of only a header, which readNumbers then finds no number in', () => {
    const decoded = textOf('header-only.csv');
    expect(decoded.text).toBe('PhoneNumber\r\n');
    expect(nationals(readNumbers(decoded.text))).toEqual([]);
  });

  it('decodes a file with a 10,000-character line; readNumbers names the line and reads the others', () => {
    const read = readNumbers(textOf('long-line.txt').text);
    expect(read.lineProblems).toEqual([]);
    expect(read.entries.filter((e) => e.problem).map((e) => [e.line, e.problem])).toEqual([
      [2, 'is 10,000 characters long; a number is at most about 20'],
      [4, 'is 9,989 characters long; a number is at most about 20'],
    ]);
    expect(nationals(read)).toEqual(['4255550200', '4255550201', '4255550202', '4255550203']);
  });

  it('decodes a UTF-8 BOM alone as empty text', () => {
    expect(decodeNumbersFile(Uint8Array.from([0xef, 0xbb, 0xbf]), 'bom.csv')).toEqual({
      ok: true,
      encoding: 'UTF-8',
      text: '',
    });
  });
});
