import { chooseCandidate, readCarrierRecord } from '@shared/carrier-record/read-carrier-record';
import { readRecordDate } from '@shared/carrier-record/record-date';
import { describe, expect, it } from 'vitest';

const lines = (...l: string[]) => l.join('\n');
const field = (text: string, id: Parameters<typeof chooseCandidate>[1]) =>
  readCarrierRecord(text).fields[id];
const numbersOf = (text: string) => readCarrierRecord(text).numbers.map((n) => n.e164);

describe('labels and their common spellings', () => {
  it.each([
    ['BTN: 425-882-4100', 'btn'],
    ['ATN  425 882 4100', 'btn'],
    ['Main number: (425) 882-4100', 'btn'],
    ['Billing telephone number 425.882.4100', 'btn'],
    ['Billing Tel. No.: 425-882-4100', 'btn'],
    ['Numéro de téléphone principal : 425 882-4100', 'btn'],
    ['Account: 4258824100418', 'accountNumber'],
    ['Acct #: 4258824100418', 'accountNumber'],
    ['ACCT NO 4258824100418', 'accountNumber'],
    ['Account number 4258824100418', 'accountNumber'],
    ['Customer number: 4258824100418', 'accountNumber'],
    ['Numéro de compte : 4258824100418', 'accountNumber'],
    ['No de client : 4258824100418', 'accountNumber'],
    ['Billing name: Harborview Dental Group', 'companyName'],
    ['Customer name: Harborview Dental Group', 'companyName'],
    ['LISTED NAME   Harborview Dental Group', 'companyName'],
    ['Nom du client : Harborview Dental Group', 'companyName'],
    ['Raison sociale : Harborview Dental Group', 'companyName'],
    ['Service address: 123 Main St', 'serviceAddress'],
    ['Svc addr: 123 Main St', 'serviceAddress'],
    ['SVC. ADDR. 123 Main St', 'serviceAddress'],
    ['Location: 123 Main St', 'serviceAddress'],
    ['Premise address 123 Main St', 'serviceAddress'],
    ['Adresse de service : 123 rue Principale', 'serviceAddress'],
    ['Authorized: Dana Whitfield', 'authorizedName'],
    ['Authorized user: Dana Whitfield', 'authorizedName'],
    ['Contact: Dana Whitfield', 'authorizedName'],
    ['Personne autorisée : Dana Whitfield', 'authorizedName'],
    ['Statement date: 2026-11-02', 'recordDate'],
    ['Date du relevé : 2 novembre 2026', 'recordDate'],
  ] as const)('"%s" is read as %s', (text, id) => {
    const found = field(text, id);
    expect(found?.line).toBe(1);
    expect(found?.value).toBe(text.replace(/^[^:]*?(?::\s*|\s{2,}|(?<=[a-z.]) (?=[\d(]))/i, ''));
  });

  it('reads text copied from a PDF viewer, which closes the gaps between columns', () => {
    const record = readCarrierRecord(
      lines(
        'ACCOUNT NO: 425 882-4100 418 BTN: 425 882-4100',
        'AUTHORIZED: WHITFIELD, DANA PH: 425 882-4190',
        'Lines on this account: 425-882-4100, 425-882-4101',
      ),
    );
    expect(record.fields.accountNumber?.value).toBe('425 882-4100 418');
    expect(record.fields.btn?.value).toBe('425 882-4100');
    expect(record.fields.authorizedName?.value).toBe('WHITFIELD, DANA');
    expect(record.numbers.map((n) => n.e164)).toEqual(['+14258824100', '+14258824101']);
    expect(record.setAside.map((n) => n.e164)).toEqual(['+14258824190']);
  });

  it('reads no label out of running text, or a short label before one space', () => {
    const record = readCarrierRecord(
      lines(
        'Your account balance is due on receipt.',
        'Account Type: Business',
        'Contact us at any time.',
        'Location ID: 7781',
        'Customer Service: 1-800-743-2250',
      ),
    );
    expect(Object.values(record.fields).filter(Boolean)).toEqual([]);
  });

  it('reports every field it did not find as not found, never guessed', () => {
    const record = readCarrierRecord(
      lines('HARBORVIEW DENTAL GROUP', '16011 NE 36TH WAY', '425-882-4100'),
    );
    expect(record.fields).toEqual({
      accountNumber: undefined,
      btn: undefined,
      companyName: undefined,
      authorizedName: undefined,
      serviceAddress: undefined,
      recordDate: undefined,
    });
    expect(record.numbers.map((n) => n.e164)).toEqual(['+14258824100']);
  });

  it('keeps several candidates, the plainest label first, and lets the admin pick another', () => {
    const text = lines(
      'Account name: Harborview Holdings',
      'Billing name: Harborview Dental Group LLC',
      'Listed name: Harborview Dental',
      'Billing name: HARBORVIEW DENTAL GROUP LLC',
    );
    const record = readCarrierRecord(text);
    expect(record.fields.companyName?.candidates.map((c) => [c.value, c.line])).toEqual([
      ['Harborview Dental Group LLC', 2],
      ['Harborview Dental', 3],
      ['Harborview Holdings', 1],
    ]);
    const picked = chooseCandidate(record, 'companyName', 2);
    expect(picked.fields.companyName).toMatchObject({ value: 'Harborview Holdings', line: 1 });
    expect(picked.fields.companyName?.candidates).toHaveLength(3);
  });

  it('reads values under a header row, column by column', () => {
    const record = readCarrierRecord(
      lines(
        'Account Number      Bill Date          Amount Due',
        '4025 5133 0091      November 5, 2026   $412.87',
      ),
    );
    expect(record.fields.accountNumber).toMatchObject({ value: '4025 5133 0091', line: 2 });
    expect(record.fields.recordDate).toMatchObject({ value: 'November 5, 2026', line: 2 });
    expect(record.date).toBe('2026-11-05');
  });

  it('gathers an address from the lines under its label, up to the postal code', () => {
    const record = readCarrierRecord(
      lines(
        'Service address',
        '123 Main Street, Suite 400',
        'Redmond, WA 98052',
        'Mailing address',
      ),
    );
    expect(record.fields.serviceAddress).toMatchObject({
      value: '123 Main Street, Suite 400, Redmond, WA 98052',
      line: 2,
    });
  });

  it('takes several authorized people on one line as candidates, without phones or titles', () => {
    const record = readCarrierRecord(
      'Authorized users: Dana Whitfield (425) 882-4190; Omar Haddad, IT Director',
    );
    expect(record.fields.authorizedName?.candidates.map((c) => c.value)).toEqual([
      'Dana Whitfield',
      'Omar Haddad',
    ]);
    expect(record.numbers).toEqual([]);
    expect(record.setAside.map((s) => s.e164)).toEqual(['+14258824190']);
  });
});

describe('numbers, ranges and features', () => {
  it.each([
    ['425-882-0100 THRU 0103', 4],
    ['425-882-0100 thru 425-882-0103', 4],
    ['425-882-0100 TO 0103', 4],
    ['425-882-0100 - 0103', 4],
    ['425-882-0100–0103', 4],
    ['(425) 882-0100 through 0103', 4],
    ['514 273-8800 à 8803', 4],
    ['+1 425 882 0100 to +1 425 882 0103', 4],
  ])('reads the range "%s"', (text, count) => {
    const numbers = numbersOf(text);
    expect(numbers).toHaveLength(count);
    expect(numbers[0]).toMatch(/^\+1\d{10}$/);
    expect(Number(numbers.at(-1)!.slice(1)) - Number(numbers[0]!.slice(1))).toBe(count - 1);
  });

  it('names what is wrong with a range or a number, with its line, and reads none of it', () => {
    const record = readCarrierRecord(
      lines('425-882-0119 THRU 0100', '425-882-0100 THRU 425-883-0100', '125-882-0100'),
    );
    expect(record.numbers).toEqual([]);
    expect(record.problems.map((p) => p.line)).toEqual([1, 2, 3]);
    expect(record.problems[0]!.message).toMatch(/Line 1: .*larger number first/);
    expect(record.problems[1]!.message).toMatch(/Line 2: .*one exchange/);
    expect(record.problems[2]!.message).toMatch(/Line 3: "125-882-0100" has area code 125/);
  });

  it.each([
    ['425-882-0100  HUNT GROUP 2', 'huntGroup'],
    ['425-882-0100  Series hunt', 'huntGroup'],
    ['425-882-0100  ROLLOVER', 'huntGroup'],
    ['425-882-0100  groupe de recherche', 'huntGroup'],
    ['425-882-0100  Distinctive ringing', 'distinctiveRing'],
    ['425-882-0100  Ident-A-Call', 'distinctiveRing'],
    ['425-882-0100  sonnerie distincte', 'distinctiveRing'],
    ['425-882-0100  ADSL 6M', 'dsl'],
    ['425-882-0100  Alarm circuit', 'alarm'],
    ['425-882-0100  alarme', 'alarm'],
    ['425-882-0100  FAX', 'fax'],
    ['425-882-0100  Télécopieur', 'fax'],
    ['425-882-0100  RCF', 'remoteCallForwarding'],
    ['425-882-0100  Remote call forwarding', 'remoteCallForwarding'],
    ['425-882-0100  renvoi d’appel à distance', 'remoteCallForwarding'],
    ['425-882-0100  Call waiting, voicemail, rotary dial', undefined],
  ])('"%s": %s', (text, feature) => {
    const [number] = readCarrierRecord(text).numbers;
    expect(number?.features.map((f) => f.feature)).toEqual(feature ? [feature] : []);
  });

  it('gives a detail line to the number above it, and a heading to the numbers below it', () => {
    const record = readCarrierRecord(
      lines(
        '425-882-0100  BUSINESS LINE',
        '              HUNTING',
        '',
        'DSL LINES',
        '425-882-0101',
        '425-882-0102',
        '',
        '425-882-0103',
      ),
    );
    expect(record.numbers.map((n) => [n.e164.slice(-4), n.features.map((f) => f.feature)])).toEqual(
      [
        ['0100', ['huntGroup']],
        ['0101', ['dsl']],
        ['0102', ['dsl']],
        ['0103', []],
      ],
    );
  });

  it("sets aside the carrier's own numbers, a contact's phone and a forwarding destination", () => {
    const record = readCarrierRecord(
      lines(
        'Questions? Call 1-888-630-5120',
        'Contact: Dana Whitfield   425-882-4190',
        '425-882-0105  REMOTE CALL FORWARDING TO 206-743-0143',
      ),
    );
    expect(record.numbers.map((n) => n.e164)).toEqual(['+14258820105']);
    expect(record.setAside.map((s) => [s.e164, s.line])).toEqual([
      ['+18886305120', 1],
      ['+14258824190', 2],
      ['+12067430143', 3],
    ]);
  });

  it('counts the BTN as a number of the account even when the list leaves it out', () => {
    const record = readCarrierRecord(lines('BTN: 425-882-0100', '425-882-0101'));
    expect(record.numbers.map((n) => [n.e164, n.onlyAsBtn ?? false])).toEqual([
      ['+14258820101', false],
      ['+14258820100', true],
    ]);
  });
});

describe("the record's date", () => {
  it.each([
    ['2026-11-09', 'en', '2026-11-09'],
    ['11/09/2026', 'en', '2026-11-09'],
    ['11/09/2026', 'fr', '2026-09-11'],
    ['25/10/2026', 'en', '2026-10-25'],
    ['11/9/26', 'en', '2026-11-09'],
    ['November 9, 2026', 'en', '2026-11-09'],
    ['Nov. 9, 2026', 'en', '2026-11-09'],
    ['9 novembre 2026', 'fr', '2026-11-09'],
    ['1er novembre 2026', 'fr', '2026-11-01'],
    ['2026-11-18 09:42 UTC', 'en', '2026-11-18'],
    ['soon', 'en', undefined],
    ['13/13/2026', 'en', undefined],
  ] as const)('"%s" (%s) is %s', (text, language, date) => {
    expect(readRecordDate(text, language)).toBe(date);
  });

  it('names a date field that does not read as a date', () => {
    const record = readCarrierRecord('Record date: pending');
    expect(record.date).toBeUndefined();
    expect(record.problems).toEqual([
      {
        line: 1,
        message: 'Line 1: "pending" does not read as a date; check the record\'s date yourself.',
      },
    ]);
  });
});

describe('a CSV account export', () => {
  it('reads Label,value rows and a table with quoted cells', () => {
    const record = readCarrierRecord(
      lines(
        'Account ID,NV-1',
        'Service Address,"2250 Harbor Point Blvd, Bldg 4, Columbus, OH 43215"',
        'Number,Features',
        '+16143482200,"Hunt group: Dispatch, Voicemail"',
      ),
    );
    expect(record.fields.accountNumber?.value).toBe('NV-1');
    expect(record.fields.serviceAddress?.value).toBe(
      '2250 Harbor Point Blvd, Bldg 4, Columbus, OH 43215',
    );
    expect(record.numbers.map((n) => [n.e164, n.features.map((f) => f.feature)])).toEqual([
      ['+16143482200', ['huntGroup']],
    ]);
  });
});
