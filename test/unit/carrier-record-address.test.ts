import {
  compareCities,
  comparePostalCodes,
  regionOf,
  splitAddress,
} from '@shared/carrier-record/address';
import { compareStreets } from '@shared/carrier-record/compare-address';
import { standardizeStreets } from '@shared/carrier-record/street';
import { describe, expect, it } from 'vitest';

const streets = (order: string, record: string, country: 'US' | 'CA' = 'US') =>
  compareStreets(...standardizeStreets(order, record, country));

describe('service address, USPS Publication 28: pairs that are the same address', () => {
  it.each([
    ['123 Main Street, Suite 400', '123 MAIN ST STE 400'],
    ['123 Main St. Suite 400', '123 main st ste 400'],
    ['1500 N.E. 8th Avenue, Apartment 12', '1500 NE 8TH AVE APT 12'],
    ['16011 Northeast 36th Way, Suite 200', '16011 NE 36TH WAY STE 200'],
    ['200 West Broadway Boulevard', '200 W BROADWAY BLVD'],
    ['77 Lake Shore Drive South, Floor 3', '77 LAKE SHORE DR S FL 3'],
    ['4 Elm Court, Room 12', '4 ELM CT RM 12'],
    ['900 Pine Parkway, Building 5', '900 PINE PKWY BLDG 5'],
    ['350 Fifth Avenue, Suite 4100', '350 FIFTH AVE # 4100'],
    ['P.O. Box 4471', 'PO BOX 4471'],
    ['Post Office Box 12', 'PO BOX 12'],
  ])('"%s" = "%s"', (order, record) => {
    expect(streets(order, record).severity).toBe('match');
    expect(streets(record, order).severity).toBe('match');
  });
});

describe('service address: pairs that are different addresses', () => {
  it.each([
    ['123 Main Street, Suite 400', '125 MAIN ST STE 400', 'a different street number'],
    ['123 Main Street, Suite 400', '123 MAPLE ST STE 400', 'a different street'],
    ['123 Main Street', '123 MAIN AVE', 'a different street type'],
    ['500 North Broadway', '500 S BROADWAY', 'a different direction'],
    ['123 Main Street, Suite 400', '123 MAIN ST STE 410', 'a different unit'],
    ['PO Box 4471', 'PO BOX 4472', 'a different PO box'],
    ['PO Box 4471', '4471 MAIN ST', 'a PO box on one side'],
  ])('"%s" ≠ "%s": %s', (order, record, why) => {
    const result = streets(order, record);
    expect(result.severity).toBe('mismatch');
    expect(result.differences.join('; ')).toContain(why);
    expect(streets(record, order).severity).toBe('mismatch');
  });
});

describe('service address: written differently (something only one side writes)', () => {
  it.each([
    ['123 Main Street', '123 MAIN ST STE 400', 'the record has STE 400 and the order no unit'],
    ['123 Main', '123 MAIN ST', 'the record writes the street type ST'],
    ['500 Broadway', '500 W BROADWAY', 'the record writes the direction before the street W'],
    ['123 Main St Apt 4', '123 MAIN ST STE 4', 'the unit is STE on the record, APT on the order'],
  ])('"%s" ~ "%s"', (order, record, why) => {
    const result = streets(order, record);
    expect(result.severity).toBe('writtenDifferently');
    expect(result.differences).toContain(why);
  });
});

describe('Canadian service addresses (Canada Post, English and French)', () => {
  it.each([
    ['77 King Street West, Suite 2100', '2100-77 King St W'],
    ['1250 René-Lévesque Blvd West, Suite 900', '1250, boul. René-Lévesque Ouest, bureau 900'],
    ['1250 RENE-LEVESQUE BLVD W STE 900', '1250 boulevard René-Lévesque O, bureau 900'],
    ['45 rue Sainte-Catherine Est', '45 SAINTE-CATHERINE ST E'],
    ['8 chemin du Lac', '8 CH DU LAC'],
  ])('"%s" = "%s"', (order, record) => {
    expect(streets(order, record, 'CA').severity).toBe('match');
    expect(streets(record, order, 'CA').severity).toBe('match');
  });

  it.each([
    ['77 King Street West', '77 King St E'],
    ['1250 René-Lévesque Blvd West, Suite 900', '1250 boul. René-Lévesque Ouest, bureau 901'],
    ['77 King Street West', '79 King St W'],
  ])('"%s" ≠ "%s"', (order, record) => {
    expect(streets(order, record, 'CA').severity).toBe('mismatch');
  });
});

describe('ZIP and postal codes', () => {
  it.each([
    ['98052', '98052-6399', 'match'],
    ['98052-6399', '98052', 'match'],
    ['98052-1234', '98052-6399', 'match'],
    ['980526399', '98052-6399', 'match'],
    ['98052', '98053', 'mismatch'],
    ['98052-6399', '98053-6399', 'mismatch'],
    ['h3b4w8', 'H3B 4W8', 'match'],
    ['H3B 4W8', 'H3B 4W9', 'mismatch'],
  ])('%s and %s: %s', (order, record, severity) => {
    expect(comparePostalCodes(order, record)).toBe(severity);
  });
});

describe('cities and regions', () => {
  it.each([
    ['Montreal', 'MONTRÉAL', 'match'],
    ['St. Louis', 'SAINT LOUIS', 'match'],
    ['Fort Worth', 'FT WORTH', 'match'],
    ['Redmond', 'Bellevue', 'mismatch'],
  ])('%s and %s: %s', (order, record, severity) => {
    expect(compareCities(order, record)).toBe(severity);
  });

  it('reads a region by its code or its name, English or French', () => {
    expect(regionOf('Washington')).toBe('WA');
    expect(regionOf('wa')).toBe('WA');
    expect(regionOf('(Québec)')).toBe('QC');
    expect(regionOf('Colombie-Britannique')).toBe('BC');
    expect(regionOf('Ontario')).toBe('ON');
  });
});

describe("splitting a record's address into the order's parts", () => {
  it.each([
    [
      '16011 NE 36TH WAY STE 200, REDMOND WA 98052-6399',
      {
        street: '16011 NE 36TH WAY STE 200',
        city: 'REDMOND',
        region: 'WA',
        postalCode: '98052-6399',
        country: 'US',
      },
    ],
    [
      '1250, boul. René-Lévesque Ouest, bureau 900, Montréal (Québec) H3B 4W8',
      {
        street: '1250, boul. René-Lévesque Ouest, bureau 900',
        city: 'Montréal',
        region: 'QC',
        postalCode: 'H3B 4W8',
        country: 'CA',
      },
    ],
    [
      '2100-77 King St W, Toronto ON m5k1b7',
      {
        street: '2100-77 King St W',
        city: 'Toronto',
        region: 'ON',
        postalCode: 'M5K 1B7',
        country: 'CA',
      },
    ],
    [
      '3100 Dodge St, Omaha, Nebraska 68131',
      { street: '3100 Dodge St', city: 'Omaha', region: 'NE', postalCode: '68131', country: 'US' },
    ],
  ])('%s', (text, parts) => {
    expect(splitAddress(text)).toEqual(parts);
  });

  it('leaves the city empty rather than guess it when no comma sets it apart', () => {
    expect(splitAddress('16011 NE 36TH WAY REDMOND WA 98052')).toMatchObject({
      city: '',
      region: 'WA',
      postalCode: '98052',
    });
  });
});
