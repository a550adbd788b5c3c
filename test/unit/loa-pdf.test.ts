import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loaLetterFor } from '@main/services/documents/loa-letter';
import { buildLoaPdf, loaNumbersLayout } from '@main/services/documents/loa-pdf';
import { UserFacingError } from '@shared/ipc-error';
import { type LoaVersion, loaVersionsFor } from '@shared/schemas/documents';
import { type Order, orderSchema } from '@shared/schemas/order';
import {
  checklistItemIds,
  loaStatementIds,
  type OrderAnswers,
} from '@shared/schemas/order-answers';
import { validAccount } from '@tools/valid-order';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'portdesk-loa-'));
/** Rendered pages a person can look at after the run. */
const pagesDir = join(process.cwd(), 'test-results', 'loa-pages');
afterAll(() => {
  if (!process.env.KEEP_LOA) rmSync(dir, { recursive: true, force: true });
});

/** Midday UTC, so the signing day is the same in every time zone the tests may run in. */
const signedAt = '2026-11-23T17:00:00.000Z';

function orderWith(answers: Partial<OrderAnswers>): Order {
  return orderSchema.parse({
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    status: 'ready',
    createdAt: '2026-11-20T15:00:00.000Z',
    updatedAt: signedAt,
    signedAt,
    lastStep: 'review',
    visited: [],
    carrierPinSet: false,
    answers: {
      getStarted: { country: 'US', checklist: [...checklistItemIds] },
      numbers: {
        numberType: 'geographic',
        usage: 'user',
        usageByNumber: {},
        includesMobile: false,
      },
      btn: { btn: '+14258820100', portType: 'full', leftBehind: '', replacementBtn: '' },
      account: validAccount,
      documents: { billDate: '' },
      details: {
        orderName: 'Seattle main office',
        requester: '',
        notificationEmails: 'dana@contoso.com',
        desiredDate: '2026-12-04',
        startTime: '09:00',
      },
      authorize: {
        method: 'letter',
        eSignatureSentOn: '',
        statements: [...loaStatementIds],
        signature: 'Dana Whitfield',
      },
      ...answers,
    },
  });
}

const canadianAccount: OrderAnswers['account'] = {
  ...validAccount,
  carrierName: 'Northwind Télécom',
  accountNumber: 'QC7788990',
  companyName: 'Fromagerie Côté Ltée',
  authName: 'Hélène Côté',
  authTitle: 'Directrice des TI',
  authPhone: '(514) 882-0101',
  authEmail: 'helene@fromageriecote.ca',
  street: '1250, rue Sainte-Catherine Ouest',
  city: 'Montréal',
  region: 'QC',
  postalCode: 'H3G 1P1',
};
const canadianOrder = orderWith({
  getStarted: { country: 'CA', checklist: [...checklistItemIds] },
  account: canadianAccount,
  btn: { btn: '+15148820100', portType: 'partial', leftBehind: 'keep', replacementBtn: '' },
  authorize: {
    method: 'letter',
    eSignatureSentOn: '',
    statements: [...loaStatementIds],
    signature: 'Hélène Côté',
  },
});
const canadianNumbers = Array.from({ length: 40 }, (_, i) => `+1514882${String(1000 + i)}`);

/** 2,500 distinct numbers on two Washington area codes (exchanges 882 and 430, far from 555-01XX). */
const usNumbers = [
  ...Array.from({ length: 1250 }, (_, i) => `+1425882${String(i).padStart(4, '0')}`),
  ...Array.from({ length: 1250 }, (_, i) => `+1206430${String(i + 2000).padStart(4, '0')}`),
];

async function writeLetter(name: string, order: Order, numbers: string[], version: LoaVersion) {
  const bytes = await buildLoaPdf(loaLetterFor(order, numbers, version));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes, doc: await PDFDocument.load(bytes) };
}

/** The text as poppler lays it out, no-break spaces made plain so assertions read naturally. */
function textOf(file: string, first: number, last: number): string {
  return execFileSync(
    'pdftotext',
    ['-layout', '-enc', 'UTF-8', '-f', String(first), '-l', String(last), file, '-'],
    { encoding: 'utf8' },
  ).replace(/\u00a0/g, ' ');
}

function renderPage(file: string, page: number, name: string): void {
  mkdirSync(pagesDir, { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    join(pagesDir, name),
  ]);
}

describe('letter of authorization PDF', () => {
  it('offers the versions each country takes', () => {
    expect(loaVersionsFor('US')).toEqual(['us-en']);
    expect(loaVersionsFor('CA')).toEqual(['ca-en', 'ca-fr']);
    expect(loaVersionsFor('')).toEqual([]);
  });

  it('prints every one of 2,500 numbers once, after a first page with every detail', async () => {
    const { file, bytes, doc } = await writeLetter('us', orderWith({}), usNumbers, 'us-en');
    const pages = 1 + Math.ceil(usNumbers.length / loaNumbersLayout.perPage);
    expect(doc.getPageCount()).toBe(pages);
    expect(doc.getPage(0).getSize()).toEqual({ width: 612, height: 792 });

    const first = textOf(file, 1, 1);
    for (const text of [
      'Letter of Authorization',
      'Contoso',
      'NW12345678',
      '+14258820100',
      'Northwind Telecom',
      '1 Main St',
      'Seattle',
      'Washington',
      '98101',
      'Dana Whitfield',
      'IT Director',
      'dana@contoso.com',
      'November 23, 2026',
      'December 4, 2026, 9:00 AM',
      'Eastern time',
      '2,500',
      'Full: every number on the',
      'account is ported',
      `Page 1 of ${pages}`,
    ]) {
      expect(first, text).toContain(text);
    }

    // The signature line is left blank for the hand signature: no typed "/s/" name.
    expect(first).not.toContain('/s/');
    const rest = textOf(file, 2, pages);
    const seen = new Map<string, number>();
    for (const n of rest.match(/\+1\d{10}/g) ?? []) seen.set(n, (seen.get(n) ?? 0) + 1);
    expect(seen.size).toBe(usNumbers.length);
    expect(usNumbers.filter((n) => seen.get(n) !== 1)).toEqual([]);
    expect(rest).toContain('Numbers to transfer (2,500)');
    expect(rest).toContain('Numbers to transfer (continued)');
    expect(rest).toContain(`Page ${pages} of ${pages}`);
    // Columns read downwards, numbers sorted: the first row holds the first number of each column.
    const { rowsPerPage, columns } = loaNumbersLayout;
    const inOrder = [...usNumbers].sort();
    const firstRow = Array.from({ length: columns }, (_, c) => inOrder[c * rowsPerPage]).join(' ');
    expect(rest.replace(/ +/g, ' ')).toContain(firstRow);
    // Every page can be matched to its letter on its own.
    for (let p = 1; p <= pages; p++)
      expect(textOf(file, p, p)).toContain('Contoso · Account number NW12345678');

    expect(doc.getTitle()).toContain('Contoso');
    expect(doc.getCreator()).toBe('PortDesk');
    expect(doc.getCreationDate()?.toISOString()).toBe(signedAt);
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toContain('en-US');
    // The same order always gives the same bytes.
    expect(
      Buffer.from(await buildLoaPdf(loaLetterFor(orderWith({}), usNumbers, 'us-en'))).equals(
        Buffer.from(bytes),
      ),
    ).toBe(true);

    renderPage(file, 1, 'us-page1');
    renderPage(file, 2, 'us-numbers');
    renderPage(file, 3, 'us-numbers-continued');
    renderPage(file, pages, 'us-numbers-last');
  });

  it('prints the Canadian letter in English with province and postal code', async () => {
    const { file, doc } = await writeLetter('ca-en', canadianOrder, canadianNumbers, 'ca-en');
    expect(doc.getPageCount()).toBe(2);
    const text = textOf(file, 1, 2);
    for (const t of [
      'Province or territory',
      'Quebec',
      'Postal code',
      'H3G 1P1',
      'Montréal',
      'Fromagerie Côté Ltée',
      'Partial: only the numbers',
      'Numbers not ported',
      'Page 1 of 2',
    ]) {
      expect(text, t).toContain(t);
    }
    expect(text).not.toContain('ZIP');
  });

  it('prints the Canadian letter in French, accents and all', async () => {
    const { file, doc } = await writeLetter('ca-fr', canadianOrder, canadianNumbers, 'ca-fr');
    expect(doc.getPageCount()).toBe(2);
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toContain('fr-CA');
    const text = textOf(file, 1, 2);
    for (const t of [
      'Lettre d’autorisation',
      'Québec',
      'Province ou territoire',
      'Code postal',
      'H3G 1P1',
      'Hélène Côté',
      '23 novembre 2026',
      '4 décembre 2026, à 9 h 00',
      '(heure de l’Est)',
      'Nom de l’entreprise',
      '« client »',
      'Partiel : seuls les numéros',
      'Restent en service chez le',
      'J’autorise Microsoft et ses mandataires',
      'Numéros à transférer (40)',
      'Compte n° QC7788990',
      'Page 1 sur 2',
      'Page 2 sur 2',
      canadianNumbers[39] ?? '',
    ]) {
      expect(text, t).toContain(t);
    }
    expect(text).not.toMatch(/Page \d (of|de) \d/);
    renderPage(file, 1, 'ca-fr-page1');
  });

  describe('a partial port that takes the BTN, with a replacement BTN', () => {
    const takesBtn = (country: 'US' | 'CA') =>
      orderWith(
        country === 'US'
          ? {
              btn: {
                btn: '+14258820100',
                portType: 'partial',
                leftBehind: 'keep',
                replacementBtn: '+14258820199',
              },
            }
          : {
              getStarted: { country: 'CA', checklist: [...checklistItemIds] },
              account: canadianAccount,
              btn: {
                btn: '+15148821000',
                portType: 'partial',
                leftBehind: 'keep',
                replacementBtn: '+15148820199',
              },
              authorize: canadianOrder.answers.authorize,
            },
      );
    /** Page 1 as read in order (no layout): a value wrapped in its column reads as one run of words. */
    const wordsOf = (file: string) =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', file, '-'], {
        encoding: 'utf8',
      })
        .replace(/\u00a0/g, ' ')
        .replace(/\s+/g, ' ');

    const cases = [
      {
        version: 'us-en',
        numbers: ['+14258820100', '+14258820101'],
        says: [
          'Replacement BTN',
          '+14258820100 (ported with the numbers)',
          '+14258820199, for the numbers not ported',
        ],
      },
      {
        version: 'ca-en',
        numbers: canadianNumbers,
        says: [
          'Replacement BTN',
          '+15148821000 (ported with the numbers)',
          '+15148820199, for the numbers not ported',
        ],
      },
      {
        version: 'ca-fr',
        numbers: canadianNumbers,
        says: [
          'Numéro de facturation de remplacement',
          '+15148821000 (transféré avec les numéros)',
          '+15148820199, pour les numéros non transférés',
        ],
      },
    ] as const;
    for (const { version, numbers, says } of cases) {
      it(`says so on the ${version} letter: the BTN is ported, and the replacement for the numbers left`, async () => {
        const order = takesBtn(version === 'us-en' ? 'US' : 'CA');
        const { file, doc } = await writeLetter(
          `replacement-${version}`,
          order,
          [...numbers],
          version,
        );
        const words = wordsOf(file);
        for (const text of says) expect(words, text).toContain(text);
        // The letter still fits page 1, its two lines to sign included: the numbers start on page 2.
        expect(doc.getPageCount()).toBe(2);
        const { authName, authTitle } = order.answers.account;
        for (const text of [authTitle, order.answers.authorize.signature, authName])
          expect(words, text).toContain(text);
        expect(textOf(file, 2, 2)).toContain(numbers[0]);
        renderPage(file, 1, `replacement-${version}-page1`);
      });
    }

    it('prints no replacement when the BTN stays (not in the list) or the port is full', async () => {
      const partialKeepingBtn = takesBtn('US');
      const full = orderWith({});
      for (const [order, numbers] of [
        [partialKeepingBtn, ['+14258820101', '+14258820102']],
        [full, ['+14258820100', '+14258820101']],
      ] as const) {
        const letter = loaLetterFor(order, [...numbers], 'us-en');
        expect(letter.columns.flat().map((f) => f.label)).not.toContain('Replacement BTN');
        expect(letter.sources.map((s) => s.field)).not.toContain('replacementBtn');
      }
    });
  });

  it('lists the numbers sorted by number, so grouped by area code, whatever order they were entered in', async () => {
    const entered = [
      '+14258820105',
      '+12064302001',
      '+14258820101',
      '+12064302000',
      '+15148820100',
    ];
    const letter = loaLetterFor(orderWith({}), entered, 'us-en');
    expect(letter.numbers).toEqual([
      '+12064302000',
      '+12064302001',
      '+14258820101',
      '+14258820105',
      '+15148820100',
    ]);
    expect(entered[0]).toBe('+14258820105'); // the caller's list is left as it was
    const { file } = await writeLetter('sorted', orderWith({}), entered, 'us-en');
    expect(textOf(file, 2, 2).match(/\+1\d{10}/g)).toEqual(letter.numbers);
  });

  it('starts a new page exactly when a page of numbers is full', async () => {
    const { perPage } = loaNumbersLayout;
    for (const [count, pages] of [
      [0, 1],
      [1, 2],
      [perPage, 2],
      [perPage + 1, 3],
    ] as const) {
      const { doc } = await writeLetter(
        `count-${count}`,
        orderWith({}),
        usNumbers.slice(0, count),
        'us-en',
      );
      expect(doc.getPageCount(), `${count} numbers`).toBe(pages);
    }
  });

  it('refuses a value the letter cannot print, naming its field', async () => {
    const order = orderWith({ account: { ...validAccount, companyName: 'Łódź Telecom' } });
    const refused = await buildLoaPdf(loaLetterFor(order, usNumbers.slice(0, 3), 'us-en')).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(UserFacingError);
    expect(refused).toMatchObject({ code: 'not-allowed', field: 'companyName' });
    expect((refused as Error).message).toBe(
      'Company name: the character “Ł” cannot be printed on the letter. Type it without it, as on the carrier’s record.',
    );

    const signature = orderWith({
      authorize: {
        method: 'letter',
        eSignatureSentOn: '',
        statements: [...loaStatementIds],
        signature: 'Dana Whitfield 🖊',
      },
    });
    await expect(buildLoaPdf(loaLetterFor(signature, [], 'us-en'))).rejects.toMatchObject({
      field: 'signature',
    });
  });
});
