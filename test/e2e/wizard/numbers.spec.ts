import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { checkNumbers } from '@shared/numbers/check-numbers';
import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import { readNumbers } from '@shared/numbers/read-numbers';
import { expect, expectAccessible, test } from '@test/support/fixtures';
import { noDialogs } from '@tools/harness';
import { numbersDataset } from '@tools/numbers-dataset';
import { validAnswers } from '@tools/valid-order';
import metadata from 'libphonenumber-js/metadata.max.json';

import { captureWhole, fixClock, fixedNow, seedAndOpen, stepHeading } from './wizard-helpers';

const fixtures = join(import.meta.dirname, '../../fixtures/numbers');
const count = (n: number) => n.toLocaleString('en-US');

test('imports a 100,000-number file through the page, with the same counts as the engine', async ({
  page,
  launch,
  dataDir,
}) => {
  test.setTimeout(120_000);
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  const file = join(dataDir, 'numbers-100k.csv');
  const { text } = numbersDataset({ size: 100_000, seed: 3 });
  writeFileSync(file, `PhoneNumber\n${text}\n`);
  const expected = checkNumbers(readNumbers(text), {
    classify: createNanpClassifier(metadata),
  }).counts;

  await seedAndOpen(page, app, validAnswers(fixedNow), 'numbers', '');
  await expect(stepHeading(page, 2, 'Phone numbers')).toBeVisible();
  await page.getByLabel('Numbers file').setInputFiles(file);
  await expect(page.getByRole('button', { name: `All: ${count(expected.total)}` })).toBeVisible({
    timeout: 30_000,
  });
  await expect(
    page.getByRole('button', { name: `Errors: ${count(expected.errors)}` }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Duplicates: ${count(expected.duplicates)}` }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Canada: ${count(expected.canada)}` }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Toll-free: ${count(expected.tollFree)}` }),
  ).toBeVisible();
  // Virtualized: a handful of rows in the page, not 100,000.
  const rows = page.getByRole('table', { name: 'Numbers' }).getByRole('row');
  expect(await rows.count()).toBeLessThan(60);
  // Main checked and saved the same list: its figures are on the order.
  await expect
    .poll(async () => (await app.ok('listOrders')).orders[0]?.numberCount)
    .toBe(expected.total);
  await page.getByRole('button', { name: `Errors: ${count(expected.errors)}` }).click();
  await expect(rows.nth(1)).toContainText(/Line \d+|digits|not a valid|number of/);
  await expectAccessible(page);
  await captureWhole(page, 'wizard-numbers-100k.png');
});

test('exports a clean list as the admin center CSV files, at most 999 numbers each', async ({
  page,
  launch,
  dataDir,
}) => {
  const exportDir = join(dataDir, 'export');
  await fixClock(page);
  const app = await launch({
    now: () => fixedNow,
    dialogs: { ...noDialogs, chooseExportFolder: () => Promise.resolve(exportDir) },
  });
  // 2,500 Redmond numbers as one range line plus the BTN: three files of 999, 999 and 503.
  await seedAndOpen(
    page,
    app,
    validAnswers(fixedNow),
    'numbers',
    '+14258820100\n4258821000-4258823498',
  );
  await expect(page.getByRole('button', { name: 'All: 2,500' })).toBeVisible();
  await page.getByRole('button', { name: 'Export CSV for the admin center' }).click();
  await expect(page.getByText(`Exported 2,500 numbers in 3 files to ${exportDir}.`)).toBeVisible();
  const files = readdirSync(exportDir).sort();
  expect(files).toEqual([
    'Seattle main office numbers 1 of 3.csv',
    'Seattle main office numbers 2 of 3.csv',
    'Seattle main office numbers 3 of 3.csv',
  ]);
  const lines = files.map((f) => readFileSync(join(exportDir, f), 'utf8').trimEnd().split('\r\n'));
  expect(lines.map((l) => l.length)).toEqual([1000, 1000, 503]);
  expect(lines.every((l) => l[0] === 'PhoneNumber')).toBe(true);
  expect(lines.flatMap((l) => l.slice(1)).every((n) => /^\+1\d{10}$/.test(n))).toBe(true);
  expect(lines[0]![1]).toBe('+14258820100');

  await page
    .getByRole('checkbox', { name: 'Start each file with the PhoneNumber header' })
    .uncheck();
  await page.getByRole('button', { name: 'Export CSV for the admin center' }).click();
  await expect(page.getByText(/Exported 2,500 numbers in 3 files/)).toBeVisible();
  // A second export never writes over the first: its files get their own names.
  expect(
    readFileSync(join(exportDir, 'Seattle main office numbers 1 of 3 (2).csv'), 'utf8').split(
      '\r\n',
    )[0],
  ).toBe('+14258820100');
  expect(
    readFileSync(join(exportDir, 'Seattle main office numbers 1 of 3.csv'), 'utf8').split(
      '\r\n',
    )[0],
  ).toBe('PhoneNumber');

  // Removing one number of a range keeps the rest of it.
  await page.getByRole('button', { name: 'Remove +14258821005' }).click();
  await expect(page.getByRole('button', { name: 'All: 2,499' })).toBeVisible();
  const { orders } = await app.ok('listOrders');
  await expect
    .poll(async () => (await app.ok('getOrderNumbers', { id: orders[0]!.id })).source)
    .toBe('+14258820100\n4258821000-4258821004\n4258821006-4258823498');
});

test('splits a list of several countries and types into orders, dropping nothing', async ({
  page,
  launch,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  await seedAndOpen(page, app, validAnswers(fixedNow), 'numbers', '');
  await page
    .getByRole('textbox', { name: 'Type or paste numbers' })
    .fill('+14258820100, +14258820101\n(613) 882-0100\n1-800-882-0100, 888 882 0101\n42588201');
  await page.getByRole('button', { name: 'Add to the list' }).click();
  await expect(
    page.getByText(
      'This list mixes 2 US geographic, 1 Canadian geographic, 2 US toll-free numbers',
    ),
  ).toBeVisible();
  await expectAccessible(page);
  await captureWhole(page, 'wizard-numbers-mixed.png');
  // A filter of numbers the split takes away must not stay on over an empty table.
  await page.getByRole('button', { name: 'Canada: 1' }).click();
  await page.getByRole('button', { name: 'Split into 3 orders' }).click();
  const done = page.getByRole('status').filter({
    hasText: 'Split: this order keeps the 2 US geographic numbers; 2 new drafts hold the rest',
  });
  await expect(done).toBeVisible();
  await expect(page.getByRole('button', { name: 'All: 3' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: 'Canada: 0' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(page.getByRole('button', { name: 'Errors: 1' })).toBeVisible();
  // Each new draft is a link; the first has the focus the Split button had.
  const canadian = done.getByRole('button', { name: 'Seattle main office (Canada geographic)' });
  await expect(canadian).toBeFocused();
  await expect(
    done.getByRole('button', { name: 'Seattle main office (US toll-free)' }),
  ).toBeVisible();
  await captureWhole(page, 'wizard-numbers-split-done.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await captureWhole(page, 'wizard-numbers-split-done-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });

  const { orders } = await app.ok('listOrders');
  expect(orders.map((o) => [o.name, o.numberCount, o.country, o.numberType]).sort()).toEqual([
    ['Seattle main office (Canada geographic)', 1, 'CA', 'geographic'],
    ['Seattle main office (US toll-free)', 2, 'US', 'tollFree'],
    ['Seattle main office', 3, 'US', 'geographic'],
  ]);
  const tollFree = orders.find((o) => o.numberType === 'tollFree')!;
  expect((await app.ok('getOrderNumbers', { id: tollFree.id })).source).toBe(
    '+18008820100\n+18888820101',
  );
  await canadian.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Seattle main office (Canada geographic)' }),
  ).toBeVisible();
  // The original was saved first: the new drafts' numbers are not "already in another order".
  for (const o of orders.filter((x) => x.name !== 'Seattle main office')) {
    expect((await app.ok('getOrder', { id: o.id })).numbers).toMatchObject({
      errors: 0,
      duplicates: 0,
    });
  }
});

test('a Canadian order counts its toll-free numbers as Canadian toll-free, on the buttons and in the notice', async ({
  page,
  launch,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  const valid = validAnswers(fixedNow);
  const canadian = { ...valid, getStarted: { ...valid.getStarted, country: 'CA' as const } };
  await seedAndOpen(page, app, canadian, 'numbers', '');
  await page
    .getByRole('textbox', { name: 'Type or paste numbers' })
    .fill('(613) 882-0100\n1-800-882-0100, 888 882 0101\n+1 425 882 0100');
  await page.getByRole('button', { name: 'Add to the list' }).click();
  const counts = page.getByRole('toolbar', { name: 'Show numbers' });
  for (const name of ['All: 4', 'United States: 1', 'Canada: 1', 'Toll-free: 2'])
    await expect(counts.getByRole('button', { name })).toBeVisible();
  await expect(
    page.getByText(
      'This list mixes 1 Canadian geographic, 2 Canadian toll-free, 1 US geographic numbers',
    ),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Numbers' });
  await expect(table.getByRole('cell', { name: 'CA · Toll-free' })).toHaveCount(2);
  // Each button shows the rows it counts: United States is the one US number, no toll-free one.
  const shows = async (button: string, rows: number, cells: string[]) => {
    await counts.getByRole('button', { name: button }).click();
    // The header row and the rows the filter keeps.
    await expect(table).toHaveAttribute('aria-rowcount', String(rows + 1));
    for (const cell of cells)
      await expect(table.getByRole('cell', { name: cell, exact: true })).toBeVisible();
  };
  await shows('United States: 1', 1, ['+14258820100', 'US · Geographic']);
  await shows('Canada: 1', 1, ['+16138820100', 'CA · Geographic']);
  await shows('Toll-free: 2', 2, ['+18008820100', '+18888820101']);
  await expectAccessible(page);
  await captureWhole(page, 'wizard-numbers-canadian-toll-free.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await captureWhole(page, 'wizard-numbers-canadian-toll-free-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });
});

test('a bad file gets a message that says what to do, and the list keeps what it had', async ({
  page,
  launch,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  await seedAndOpen(page, app, validAnswers(fixedNow), 'numbers');
  await expect(page.getByRole('button', { name: 'All: 2' })).toBeVisible();
  const cases: [string, RegExp][] = [
    ['empty.csv', /^empty\.csv is empty: there are no numbers in it\.$/],
    ['binary.png', /^binary\.png is not a text file\. Import a CSV or TXT file/],
    [
      'numbers.xlsx',
      /^numbers\.xlsx is a workbook \(such as an Excel \.xlsx file\), not text\. Save it as CSV and import that\.$/,
    ],
    [
      'header-only.csv',
      /^header-only\.csv has a header row \("PhoneNumber"\) but no numbers under it\.$/,
    ],
  ];
  for (const [file, message] of cases) {
    await page.getByLabel('Numbers file').setInputFiles(join(fixtures, file));
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByRole('button', { name: 'All: 2' })).toBeVisible();
  }
  await expectAccessible(page);
  expect((await app.ok('listOrders')).orders[0]?.numberCount).toBe(2);
});

test('a file with two columns of numbers: the admin sees which was read and can pick the other; a dropped file is read too', async ({
  page,
  launch,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  await seedAndOpen(page, app, validAnswers(fixedNow), 'numbers', '');
  await page.getByLabel('Numbers file').setInputFiles(join(fixtures, 'two-number-columns.csv'));
  await expect(page.getByText('two-number-columns.csv has 3 columns')).toBeVisible();
  // One sentence, then the next: never "has 3 columnsPortDesk read…".
  await expect(page.getByText('two-number-columns.csv has 3 columns').locator('..')).toHaveText(
    /has 3 columns\. PortDesk read/,
  );
  await expect(
    page.getByText(/read the numbers in “PhoneNumber”, but other columns hold numbers too/),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Numbers' });
  await expect(table.getByRole('row', { name: /\+14255550200/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('combobox', { name: 'Column with the numbers to port' }).selectOption('1');
  await expect(table.getByRole('row', { name: /\+12065550200/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /\+14255550200/ })).toHaveCount(0);

  // Drag and drop: the same reading as the file button.
  const bytes = readFileSync(join(fixtures, 'one-a-line.txt'), 'utf8');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    return data;
  }, bytes);
  await page.getByText('Type or paste numbers').dispatchEvent('drop', { dataTransfer: transfer });
  const first = bytes.split('\n')[0]!.trim();
  await expect(
    table.getByRole('row', { name: new RegExp(first.replace(/[()+.]/g, '\\$&')) }).first(),
  ).toBeVisible();
  const { orders } = await app.ok('listOrders');
  await expect
    .poll(async () => (await app.ok('getOrderNumbers', { id: orders[0]!.id })).source)
    .toContain(first);
});
