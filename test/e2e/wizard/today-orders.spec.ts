import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from '@playwright/test';
import { emptyAnswers } from '@shared/schemas/order-answers';
import { expect, expectAccessible, test } from '@test/support/fixtures';
import { noDialogs } from '@tools/harness';
import { PDFDocument } from 'pdf-lib';

import { captureWhole, fixClock, fixedNow, stepHeading } from './wizard-helpers';

/*
 * Three orders typed through today's wizard from Start to Finish, then Go to submission and
 * the package written, its files checked on disk: a Canadian order, a US toll-free order,
 * and a partial port that takes the BTN with a replacement BTN (and a bill attached).
 */
interface Walk {
  name: string;
  country: 'United States' | 'Canada';
  numbers: string;
  type: RegExp;
  usage: RegExp;
  btn: string;
  partial?: { replacement: string };
  address: { region: string; postal: string; city: string };
  date: string;
  times: string[];
  eSignature?: boolean;
  bill?: boolean;
  files: string[];
  summary: string[];
  how: string[];
}

const fill = (page: Page, label: string, text: string) =>
  page.getByRole('textbox', { name: label, exact: true }).fill(text);
const next = (page: Page, title: string) =>
  page.getByRole('button', { name: `Next: ${title}` }).click();

async function pdf(path: string, text: string) {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawText(text, { x: 72, y: 700, size: 14 });
  writeFileSync(path, await doc.save());
}

const walks: Walk[] = [
  {
    name: 'Ottawa office',
    country: 'Canada',
    numbers: '+1 613 882 0100\n+1 613 882 0101',
    type: /^Geographic/,
    usage: /^User \(/,
    btn: '+16138820100',
    address: { region: 'ON', postal: 'K1A 0B1', city: 'Ottawa' },
    // 10 US business days after Monday, November 23 (Thanksgiving inside): Tuesday, December 8.
    date: '2026-12-08',
    times: ['11:30 AM'],
    files: [
      'Ottawa office numbers.csv',
      'Ottawa office LOA (English).pdf',
      'Ottawa office LOA (français).pdf',
      'Summary.txt',
      'How to submit.txt',
    ],
    summary: ['2 in all, 2 Canadian geographic', 'Country or region  Canada', '11:30 AM Eastern'],
    how: [
      'Voice > Phone numbers > Numbers > Port, and choose US & Canada',
      'upload the signed scan',
    ],
  },
  {
    name: 'Seattle toll-free',
    country: 'United States',
    numbers: '1-800-882-0100\n888 882 0101',
    type: /^Toll-free/,
    usage: /^Voice app/,
    btn: '+18008820100',
    address: { region: 'WA', postal: '98101', city: 'Seattle' },
    date: '2026-12-01',
    times: ['11:30 AM'],
    eSignature: true,
    files: [
      'Seattle toll-free numbers.csv',
      'Seattle toll-free LOA.pdf',
      'Summary.txt',
      'How to submit.txt',
    ],
    summary: ['2 in all, 2 US toll-free', 'Voice app', 'E-signature request'],
    how: ['Authorize and submit: choose the e-signature request', 'No signed letter'],
  },
  {
    name: 'Redmond partial',
    country: 'United States',
    numbers: '+1 425 882 0100\n+1 425 882 0101',
    type: /^Geographic/,
    usage: /^User \(/,
    btn: '+14258820100',
    partial: { replacement: '+14258820199' },
    address: { region: 'WA', postal: '98052', city: 'Redmond' },
    date: '2026-12-02',
    times: ['8:00 AM', '8:00 PM'],
    bill: true,
    files: [
      'Redmond partial numbers.csv',
      'Redmond partial LOA.pdf',
      'Redmond partial bill 1.pdf',
      'Summary.txt',
      'How to submit.txt',
    ],
    summary: ['Replacement BTN', '+14258820199', 'Partial port (some numbers)', 'bill.pdf'],
    how: ['- Redmond partial bill 1.pdf: a document for the carrier (bill or CSR).'],
  },
];

for (const walk of walks) {
  test(`today's wizard from Start to the package: ${walk.name}`, async ({
    page,
    launch,
    dataDir,
  }) => {
    // Eight steps typed field by field: slower than the default minute when both workers are busy.
    test.setTimeout(150_000);
    const out = join(dataDir, 'out');
    mkdirSync(out);
    await pdf(join(dataDir, 'bill.pdf'), 'Northwind Telecom bill, November 2026');
    await fixClock(page);
    await launch({
      now: () => fixedNow,
      dialogs: {
        ...noDialogs,
        chooseExportFolder: () => Promise.resolve(out),
        chooseDocumentFile: () => Promise.resolve(join(dataDir, 'bill.pdf')),
      },
    });
    await page.getByRole('button', { name: 'Start a port order' }).click();
    await page.getByRole('radio', { name: walk.country }).check();
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await next(page, 'Phone numbers');

    await fill(page, 'Type or paste numbers', walk.numbers);
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await expect(page.getByRole('button', { name: 'All: 2' })).toBeVisible();
    await page.getByRole('radio', { name: walk.type }).check();
    if (walk.type.source.includes('Toll')) {
      // Toll-free numbers can't be users': refused at the field, then Voice app.
      await page.getByRole('radio', { name: /^User \(/ }).check();
      await expect(
        page.getByText("Usage: toll-free numbers can't be assigned to users"),
      ).toBeVisible();
      // The list shows them as the order's country.
      await expect(page.getByRole('cell', { name: 'US · Toll-free' }).first()).toBeVisible();
    }
    await page.getByRole('radio', { name: walk.usage }).check();
    await next(page, 'BTN');

    await fill(page, 'Billing telephone number (BTN)', walk.btn);
    if (walk.partial) {
      await page.getByRole('radio', { name: /^Only some \(partial port\)/ }).check();
      await page
        .getByRole('radio', { name: 'They stay in service with the current carrier' })
        .check();
      await fill(page, 'Replacement BTN', walk.partial.replacement);
    } else {
      await page.getByRole('radio', { name: /^All numbers on the account/ }).check();
    }
    await next(page, 'Account information');

    await fill(page, 'Company name', 'Contoso');
    await fill(page, 'Current carrier', 'Northwind Telecom');
    await fill(page, 'Account number', 'NW12345678');
    await fill(page, 'Authorized user', 'Dana Whitfield');
    await fill(page, 'Job title', 'IT Director');
    await fill(page, 'Phone', '(425) 555-0100');
    await fill(page, 'E-mail', 'dana@contoso.com');
    await fill(page, 'Street', '1 Main St');
    await fill(page, 'City', walk.address.city);
    await page
      .getByRole('combobox', {
        name: walk.country === 'Canada' ? 'Province or territory' : 'State',
      })
      .selectOption(walk.address.region);
    await fill(page, walk.country === 'Canada' ? 'Postal code' : 'ZIP code', walk.address.postal);
    await next(page, 'Documents');

    await expect(stepHeading(page, 5, 'Documents')).toBeVisible();
    if (walk.bill) {
      await page.getByRole('button', { name: 'Attach a bill (PDF)…' }).click();
      await expect(page.getByText('bill.pdf', { exact: true })).toBeVisible();
      await page.getByLabel('Bill date').fill('2026-10-01');
      // Older than 30 days: a warning, not a refusal.
      await expect(page.getByText(/the bill is 53 days old/)).toBeVisible();
      await expectAccessible(page);
      await captureWhole(page, 'wizard-documents-bill.png');
    }
    await next(page, 'Porting details');

    await fill(page, 'Order name', walk.name);
    await fill(page, 'Requester', 'Dana Whitfield');
    await fill(page, 'Notification e-mails', 'dana@contoso.com');
    const date = page.getByRole('combobox', { name: 'Desired date' });
    await date.fill(walk.date);
    await date.press('Enter');
    // Enter may open the calendar, which hides the field from the page's roles while it is
    // open: Escape goes to the page, not to the field.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Calendar' })).toBeHidden();
    await expect(date).toHaveValue(walk.date);
    // Only the times that apply to the country and number type are offered.
    const times = page.getByRole('combobox', { name: 'Start time (Eastern time)' });
    const offered = await times.locator('option:not([value=""])').allTextContents();
    expect([offered[0], ...(offered.length > 1 ? [offered.at(-1)] : [])]).toEqual(walk.times);
    await times.selectOption({ label: walk.times[0]! });
    await next(page, 'Authorize and submit');

    if (walk.eSignature) {
      await page.getByRole('radio', { name: /^E-signature request/ }).check();
      await page.getByLabel('Request sent on').fill('2026-11-23');
    } else {
      await page.getByRole('radio', { name: /^The letter: print it/ }).check();
      for (const box of await page
        .getByRole('group', { name: 'The authorized user states that' })
        .getByRole('checkbox')
        .all())
        await box.check();
      await fill(page, 'Name under the signature (type the full name)', 'Dana Whitfield');
    }
    await next(page, 'Review');

    await expect(page.getByText('answers to fix')).toHaveCount(0);
    await page.getByRole('button', { name: 'Finish: mark Ready to submit' }).click();
    await page.getByRole('button', { name: 'Go to submission' }).click();
    await page.getByRole('button', { name: 'Write the submission package' }).click();
    const folder = join(out, `${walk.name} - submission package`);
    await expect(page.getByText(`Wrote ${walk.files.length} files to ${folder}.`)).toBeVisible();
    expect(readdirSync(folder).sort()).toEqual([...walk.files].sort());
    const csv = readFileSync(join(folder, walk.files[0]!), 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    const summary = readFileSync(join(folder, 'Summary.txt'), 'utf8');
    for (const text of walk.summary) expect(summary, text).toContain(text);
    const how = readFileSync(join(folder, 'How to submit.txt'), 'utf8');
    for (const text of walk.how) expect(how, text).toContain(text);
    for (const file of walk.files.filter((f) => f.endsWith('.pdf')))
      expect(readFileSync(join(folder, file)).subarray(0, 5).toString()).toBe('%PDF-');
  });
}

test('a second order for the same account number says so and names the first', async ({
  page,
  launch,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  const first = await app.ok('createOrder');
  await app.ok('saveOrderStep', {
    id: first.id,
    step: 'details',
    values: { ...emptyAnswers.details, orderName: 'Seattle main office' },
  });
  await app.ok('saveOrderStep', {
    id: first.id,
    step: 'account',
    values: { ...emptyAnswers.account, accountNumber: 'NW12345678' },
  });
  await page.reload();
  await page.getByRole('button', { name: 'New port order' }).click();
  await page.getByRole('button', { name: 'Next: Phone numbers' }).click();
  await page.getByRole('button', { name: 'Next: BTN' }).click();
  await page.getByRole('button', { name: 'Next: Account information' }).click();
  await fill(page, 'Account number', 'NW-1234 5678');
  await page.getByRole('textbox', { name: 'Account number', exact: true }).blur();
  await expect(page.getByText('Same account as another order.')).toBeVisible();
  await expect(
    page.getByText(
      '“Seattle main office” (Draft) is for this account number too and not finished.',
    ),
  ).toBeVisible();
  await expectAccessible(page);
  await captureWhole(page, 'wizard-same-account.png');
});
