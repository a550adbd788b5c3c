import { compareStreets } from '@shared/carrier-record/compare-address';
import { compareCompanyNames } from '@shared/carrier-record/names';
import { readCarrierRecord } from '@shared/carrier-record/read-carrier-record';
import { standardizeStreets } from '@shared/carrier-record/street';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const digit = (from: number) => fc.integer({ min: from, max: 9 }).map(String);
/** A valid NANP number: NPA and NXX start 2-9, the NPA's middle is not 9, no N11 exchange. */
const nanp = fc
  .tuple(
    digit(2),
    fc.integer({ min: 0, max: 8 }).map(String),
    digit(0),
    digit(2),
    digit(0),
    digit(0),
    fc.integer({ min: 0, max: 9999 }),
  )
  .filter(([, , , , x2, x3]) => !(x2 === '1' && x3 === '1'))
  .map(([a, b, c, d, e, f, line]) => ({
    npa: a + b + c,
    nxx: d + e + f,
    line: String(line).padStart(4, '0'),
  }));

const formats = [
  (n: { npa: string; nxx: string; line: string }) => `(${n.npa}) ${n.nxx}-${n.line}`,
  (n: { npa: string; nxx: string; line: string }) => `${n.npa}-${n.nxx}-${n.line}`,
  (n: { npa: string; nxx: string; line: string }) => `${n.npa}.${n.nxx}.${n.line}`,
  (n: { npa: string; nxx: string; line: string }) => `${n.npa} ${n.nxx} ${n.line}`,
  (n: { npa: string; nxx: string; line: string }) => `${n.npa} ${n.nxx}-${n.line}`,
  (n: { npa: string; nxx: string; line: string }) => `1-${n.npa}-${n.nxx}-${n.line}`,
  (n: { npa: string; nxx: string; line: string }) => `+1 ${n.npa} ${n.nxx} ${n.line}`,
  (n: { npa: string; nxx: string; line: string }) => `+1${n.npa}${n.nxx}${n.line}`,
  (n: { npa: string; nxx: string; line: string }) => `${n.npa}${n.nxx}${n.line}`,
];

describe('properties of reading a record', () => {
  it("reads a record's number back as the same E.164, whichever common way it is written", () => {
    fc.assert(
      fc.property(
        nanp,
        fc.integer({ min: 0, max: formats.length - 1 }),
        fc.constantFrom('', '1MB  ', 'TN: '),
        (n, f, before) => {
          const record = readCarrierRecord(`${before}${formats[f]!(n)}    BUSINESS LINE`);
          expect(record.numbers.map((x) => x.e164)).toEqual([`+1${n.npa}${n.nxx}${n.line}`]);
          expect(record.problems).toEqual([]);
        },
      ),
    );
  });

  it('expands a range to every number from its first to its last, whichever word joins them', () => {
    fc.assert(
      fc.property(
        nanp,
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom(' THRU ', ' TO ', ' - ', '-', ' thru '),
        (n, size, word) => {
          const first = Math.min(Number(n.line), 9999 - size);
          const last = String(first + size).padStart(4, '0');
          const start = `${n.npa}-${n.nxx}-${String(first).padStart(4, '0')}`;
          const numbers = readCarrierRecord(`${start}${word}${last}`).numbers.map((x) => x.e164);
          expect(numbers).toHaveLength(size + 1);
          expect(numbers.at(-1)).toBe(`+1${n.npa}${n.nxx}${last}`);
        },
      ),
    );
  });
});

const words = fc.constantFrom(
  'Harbor',
  'Alder',
  'Finch',
  'Summit',
  'Keystone',
  'Tidewater',
  'Maple',
  'Dental',
  'Freight',
  'Clinic',
);
const suffixes = [
  'Inc',
  'Inc.',
  'Incorporated',
  'LLC',
  'L.L.C.',
  'Ltd',
  'Limited',
  'Corp.',
  'Corporation',
  'Co',
  'Company',
  'Ltée',
  '',
];
const writeName = (parts: string[], suffix: string, upper: boolean, comma: boolean) => {
  const name = `${parts.join(' ')}${suffix ? `${comma ? ',' : ''} ${suffix}` : ''}`;
  return upper ? name.toUpperCase() : name;
};

describe('properties of comparing', () => {
  it('finds a company name the same, both ways, whatever its case, commas and legal form', () => {
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...suffixes),
        fc.constantFrom(...suffixes),
        fc.boolean(),
        fc.boolean(),
        (parts, a, b, upper, comma) => {
          const order = writeName(parts, a, upper, comma);
          const record = writeName(parts, b, !upper, !comma);
          expect(compareCompanyNames(order, record)).not.toBe('mismatch');
          expect(compareCompanyNames(record, order)).not.toBe('mismatch');
        },
      ),
    );
  });

  it('finds a street the same whichever USPS abbreviation either side uses', () => {
    const suffix = fc.constantFrom(
      ['Street', 'ST'],
      ['Avenue', 'AVE'],
      ['Boulevard', 'BLVD'],
      ['Drive', 'DR'],
      ['Road', 'RD'],
      ['Lane', 'LN'],
      ['Court', 'CT'],
    );
    const direction = fc.constantFrom(['', ''], ['North', 'N'], ['Southwest', 'SW'], ['East', 'E']);
    const unit = fc.constantFrom(
      ['', ''],
      ['Suite', 'STE'],
      ['Apartment', 'APT'],
      ['Floor', 'FL'],
      ['Room', 'RM'],
      ['Building', 'BLDG'],
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99999 }),
        fc.constantFrom('Main', 'Lincoln', 'Morrison', 'Harbor Point', 'Olentangy River'),
        direction,
        suffix,
        unit,
        fc.integer({ min: 1, max: 999 }),
        (
          number,
          name,
          [dirLong, dirShort],
          [longType, shortType],
          [longUnit, shortUnit],
          unitNumber,
        ) => {
          const spelled =
            [number, dirLong, name, longType].filter(Boolean).join(' ') +
            (longUnit ? `, ${longUnit} ${unitNumber}` : '');
          const usps = [number, dirShort, name, shortType, shortUnit, shortUnit ? unitNumber : '']
            .filter(Boolean)
            .join(' ')
            .toUpperCase();
          const result = compareStreets(...standardizeStreets(spelled, usps, 'US'));
          expect(result).toEqual({ severity: 'match', differences: [] });
        },
      ),
    );
  });
});
