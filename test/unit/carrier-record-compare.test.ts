import { compareAccountNumbers } from '@shared/carrier-record/compare-fields';
import { compareWithCarrierRecord } from '@shared/carrier-record/compare-with-carrier-record';
import { readCarrierRecord } from '@shared/carrier-record/read-carrier-record';
import type { CarrierRecordOrderView, Finding } from '@shared/carrier-record/types';
import { describe, expect, it } from 'vitest';

const today = new Date('2026-11-23T12:00:00');
const record = readCarrierRecord(
  [
    'Record date: 2026-11-16',
    'Account number: 425 882-4100 418',
    'BTN: 425-882-4100',
    'Billing name: Harborview Dental Group LLC',
    'Service address: 16011 NE 36th Way Ste 200, Redmond WA 98052',
    'Authorized: Dana Whitfield',
    '425-882-4100 THRU 4103',
    '425-882-4104  HUNTING',
  ].join('\n'),
);
const order: CarrierRecordOrderView = {
  country: 'US',
  accountNumber: '4258824100418',
  btn: '+14258824100',
  companyName: 'Harborview Dental Group LLC',
  authorizedName: 'Dana Whitfield',
  serviceAddress: {
    street: '16011 NE 36th Way Ste 200',
    city: 'Redmond',
    region: 'WA',
    postalCode: '98052',
  },
  portType: 'full',
};
const all = ['+14258824100', '+14258824101', '+14258824102', '+14258824103', '+14258824104'];
const compare = (changes: Partial<CarrierRecordOrderView>, numbers = all, on = record) =>
  compareWithCarrierRecord({ ...order, ...changes }, numbers, on, today);
const byId = (findings: Finding[], id: string) => findings.find((f) => f.id === id);

describe('account number and BTN', () => {
  it.each([
    ['4258824100418', '425 882-4100 418', 'match'],
    ['425-882-4100-418', '4258824100418', 'match'],
    ['14258824100418', '425 882-4100 418', 'match'],
    ['nv448210', 'NV-448210', 'match'],
    ['4258824100419', '425 882-4100 418', 'mismatch'],
    ['12345', '2345', 'mismatch'],
  ])('%s and %s: %s', (a, b, severity) => {
    expect(compareAccountNumbers(a, b)).toBe(severity);
  });

  it('offers the record account number, without spaces or dashes, when it differs', () => {
    const finding = byId(compare({ accountNumber: '4258824100419' }), 'account-number')!;
    expect(finding).toMatchObject({
      severity: 'mismatch',
      suggestion: '4258824100418',
      record: { line: 2 },
    });
    expect(finding.message).toContain('"425 882-4100 418" (line 2)');
  });

  it('compares the BTN as a number, however the order wrote it', () => {
    expect(byId(compare({ btn: '(425) 882-4100' }), 'btn')?.severity).toBe('match');
    expect(byId(compare({ btn: '1-425-882-4100' }), 'btn')?.severity).toBe('match');
    expect(byId(compare({ btn: '+14258824101' }), 'btn')).toMatchObject({
      severity: 'mismatch',
      suggestion: '+14258824100',
    });
  });

  it('says a field is missing when the order leaves it empty, and offers the record value', () => {
    expect(byId(compare({ accountNumber: '' }), 'account-number')).toMatchObject({
      severity: 'missing',
      suggestion: '425 882-4100 418',
    });
  });
});

describe('numbers and the port type', () => {
  it('names the numbers that are not on the account', () => {
    const finding = byId(compare({}, [...all, '+12067430143']), 'numbers-not-on-account')!;
    expect(finding).toMatchObject({ severity: 'mismatch', numbers: ['+12067430143'] });
    expect(finding.message).toMatch(/not on this account.*The carrier will reject it/);
  });

  it('calls a full port that leaves numbers behind what it is: a partial port', () => {
    const finding = byId(compare({}, all.slice(0, 3)), 'full-port-leaves-numbers')!;
    expect(finding).toMatchObject({
      severity: 'mismatch',
      field: 'portType',
      numbers: all.slice(3),
    });
  });

  it('calls a partial port that takes every number what it is: a full port', () => {
    expect(
      byId(
        compare({ portType: 'partial', replacementBtn: '+14258824104' }),
        'partial-port-takes-all',
      ),
    ).toMatchObject({
      severity: 'mismatch',
      field: 'portType',
    });
  });

  it('checks the replacement BTN of a partial port that takes the BTN', () => {
    const partial = (replacementBtn?: string) =>
      byId(
        compare(
          { portType: 'partial', ...(replacementBtn ? { replacementBtn } : {}) },
          all.slice(0, 3),
        ),
        'replacement-btn',
      );
    expect(partial()).toMatchObject({ severity: 'missing', numbers: ['+14258824100'] });
    expect(partial('+14258824103')).toMatchObject({ severity: 'match' });
    expect(partial('+14258824101')?.message).toMatch(/one of the numbers this order takes/);
    expect(partial('+12067430143')?.message).toMatch(/not on this account/);
  });

  it('needs no replacement BTN when the partial port leaves the BTN behind', () => {
    const findings = compare(
      { portType: 'partial', replacementBtn: '+14258824103' },
      all.slice(1, 3),
    );
    expect(byId(findings, 'replacement-btn')?.severity).toBe('warning');
  });

  it('says the BTN is not on the account when the record lists numbers without it', () => {
    const listOnly = readCarrierRecord('425-882-4100 THRU 4104');
    const findings = compare({ btn: '+12067430143' }, all, listOnly);
    expect(byId(findings, 'btn')?.severity).toBe('missing');
    expect(byId(findings, 'btn-not-on-account')?.severity).toBe('mismatch');
  });

  it('cannot check numbers against a record that lists none, and says so', () => {
    const findings = compare({}, all, readCarrierRecord('Account number: 4258824100418'));
    expect(byId(findings, 'record-numbers')).toMatchObject({ severity: 'missing' });
  });

  it('blocks on a hunt group of a ported number, not of one left behind', () => {
    expect(byId(compare({}), 'feature-huntGroup')).toMatchObject({
      severity: 'mismatch',
      numbers: ['+14258824104'],
    });
    expect(
      byId(compare({ portType: 'partial' }, all.slice(0, 4)), 'feature-huntGroup'),
    ).toBeUndefined();
  });
});

describe("the record's age", () => {
  const dated = (date: string) => readCarrierRecord(`Bill date: ${date}\n425-882-4100`);
  it.each([
    ['2026-11-16', 'match'],
    ['2026-10-24', 'match'],
    ['2026-10-23', 'warning'],
    ['2026-12-01', 'warning'],
  ])('%s, seen on 2026-11-23: %s', (date, severity) => {
    expect(byId(compare({}, all, dated(date)), 'record-date')?.severity).toBe(severity);
  });

  it('asks for a date when the record shows none', () => {
    const finding = byId(compare({}, all, readCarrierRecord('425-882-4100')), 'record-date')!;
    expect(finding.severity).toBe('missing');
    expect(finding.message).toMatch(/shows no date.*less than 30 days old/);
  });
});

describe('a record that matches the order', () => {
  it('gives only matches and the features it names, each with a stable id', () => {
    const findings = compare({});
    expect(findings.filter((f) => f.severity !== 'match').map((f) => f.id)).toEqual([
      'feature-huntGroup',
    ]);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });
});
