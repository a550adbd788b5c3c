import { companyKey, compareCompanyNames, comparePersonNames } from '@shared/carrier-record/names';
import { describe, expect, it } from 'vitest';

describe('company names: the same once case, punctuation and legal forms are set aside', () => {
  it.each([
    ['Harborview Dental Group, L.L.C.', 'HARBORVIEW DENTAL GROUP LLC'],
    ['Alder and Finch Architects Inc', 'Alder & Finch Architects, Inc.'],
    ['Tidewater Freight Company', 'Tidewater Freight Co.'],
    ['Maple Ridge Veterinary Clinic Limited', 'Maple Ridge Veterinary Clinic Ltd.'],
    ['BOULANGERIE SAINT-VIATEUR LTEE', 'Boulangerie Saint-Viateur Ltée'],
    ['Boulangerie Saint-Viateur Limitée', 'Boulangerie Saint-Viateur inc.'],
    ['The Lantern Group Corp', 'LANTERN GROUP CORPORATION'],
    ['Keystone Orthodontics', 'Keystone Orthodontics, P.C.'],
    ["O'Brien Hardware Incorporated", 'OBRIEN HARDWARE INC'],
  ])('"%s" and "%s" are written differently, both ways', (a, b) => {
    expect(compareCompanyNames(a, b)).toBe('writtenDifferently');
    expect(compareCompanyNames(b, a)).toBe('writtenDifferently');
  });

  it('is a match when written the same (spaces aside)', () => {
    expect(compareCompanyNames('Summit Ridge Credit Union', 'Summit Ridge  Credit Union ')).toBe(
      'match',
    );
  });

  it.each([
    ['Harborview Dental Group LLC', 'Harborview Dental Care LLC'],
    ['Alder & Finch Architects', 'Alder Finch Architects'],
    ['Northgate Co', 'Northgate Holdings'],
    ['Boulangerie St-Viateur', 'Boulangerie Saint-Viateur'],
    ['', 'Anything Inc'],
  ])('"%s" and "%s" are different names, both ways', (a, b) => {
    expect(compareCompanyNames(a, b)).toBe('mismatch');
    expect(compareCompanyNames(b, a)).toBe('mismatch');
  });

  it("matches either name of a record's DBA line", () => {
    expect(
      compareCompanyNames('Northgate Coffee', 'NORTHGATE HOLDINGS LLC DBA NORTHGATE COFFEE'),
    ).toBe('writtenDifferently');
    expect(
      compareCompanyNames('Northgate Holdings', 'NORTHGATE HOLDINGS LLC DBA NORTHGATE COFFEE'),
    ).toBe('writtenDifferently');
  });

  it('keeps a legal word that is the name itself', () => {
    expect(companyKey('Company Inc')).toBe('company');
    expect(companyKey('Co-op Grocers Co.')).toBe('co op grocers');
  });
});

describe('authorized person: the same person, however written', () => {
  it.each([
    ['Dana Whitfield', 'WHITFIELD, DANA'],
    ['Helen Okafor', 'Dr. Helen Okafor'],
    ['Genevieve Tremblay', 'Geneviève Tremblay'],
    ['Dana M. Whitfield', 'Dana Whitfield'],
  ])('"%s" and "%s", both ways', (a, b) => {
    expect(comparePersonNames(a, b)).toBe('writtenDifferently');
    expect(comparePersonNames(b, a)).toBe('writtenDifferently');
  });

  it.each([
    ['Dana Whitfield', 'Dana Whitman'],
    ['Marcus Bell', 'Anna Kowalski'],
  ])('"%s" and "%s" are different people', (a, b) => {
    expect(comparePersonNames(a, b)).toBe('mismatch');
  });
});
