import { join } from 'node:path';

import { type Page } from '@playwright/test';
import { expect, expectAccessible, test } from '@test/support/fixtures';
import { validAnswers } from '@tools/valid-order';

import {
  captureWhole,
  fixClock,
  fixedNow,
  readNumbersSource,
  seedAndOpen,
  stepHeading,
} from './wizard-helpers';

/** Issue 13: no number dropped, and a numbers table an admin can read. */

const fixtures = join(import.meta.dirname, '../../fixtures/numbers');

/** The page as it is now in light (the default here) and in dark, each checked by axe. */
async function captureBoth(page: Page, name: string) {
  await expectAccessible(page);
  await captureWhole(page, `${name}.png`);
  await page.emulateMedia({ colorScheme: 'dark' });
  // Fluent's controls fade to their new colours: axe reads them once the transitions are over.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  await expectAccessible(page);
  await captureWhole(page, `${name}-dark.png`);
  await page.emulateMedia({ colorScheme: 'light' });
}

async function paste(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Type or paste numbers' }).fill(text);
  await page.getByRole('button', { name: 'Add to the list' }).click();
}

test('a paste mixing commas, semicolons, tabs and spaces adds every number, and says what it read', async ({
  page,
  launch,
  dataDir,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  await seedAndOpen(page, app, validAnswers(fixedNow), 'numbers', '');
  await expect(stepHeading(page, 2, 'Phone numbers')).toBeVisible();

  await paste(page, '312-474-2040, 312-474-2041\t312-474-2042');
  await expect(page.getByRole('button', { name: 'All: 3' })).toBeVisible();
  const summary = page.getByRole('group', { name: /^Read [\d,]+ entr/ });
  await expect(summary).toContainText('Read 3 entries from the text: 3 numbers added.');

  await paste(page, '+13124742010;+13124742011; +13124742012\t+13124742013');
  await expect(page.getByRole('button', { name: 'All: 7' })).toBeVisible();

  // The same number twice on one line is two entries: the second a duplicate, not lost.
  await paste(page, '4258820150, 4258820150 +44 20 7946 0958');
  await expect(page.getByRole('button', { name: 'All: 10' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Duplicates: 1' })).toBeVisible();
  await expect(summary).toContainText(
    'Read 3 entries from the text: 2 numbers added + 1 entry to fix = 3.',
  );
  const table = page.getByRole('table', { name: 'Numbers' });
  await expect(
    table.getByRole('row', {
      name: /\+44 20 7946 0958 .*is a number in the United Kingdom \(\+44\); PortDesk ports numbers of the United States and Canada/,
    }),
  ).toBeVisible();
  await expect
    .poll(() => readNumbersSource(dataDir).split('\n'))
    .toEqual([
      '312-474-2040',
      '312-474-2041',
      '312-474-2042',
      '+13124742010',
      '+13124742011',
      '+13124742012',
      '+13124742013',
      '4258820150',
      '4258820150',
      '+44 20 7946 0958',
    ]);
  await captureBoth(page, 'wizard-numbers-mixed-separators');
});

test('a table with two columns of numbers names the numbers it set aside, and reads every column on request', async ({
  page,
  launch,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  await seedAndOpen(page, app, validAnswers(fixedNow), 'numbers', '');
  await page.getByLabel('Numbers file').setInputFiles(join(fixtures, 'two-number-columns.csv'));
  await expect(page.getByRole('button', { name: 'All: 2' })).toBeVisible();
  const summary = page.getByRole('group', { name: /^Read [\d,]+ entr/ });
  await expect(summary).toContainText(
    'Read 4 entries from two-number-columns.csv: 2 numbers added + 2 set aside = 4.',
  );
  await expect(summary).toContainText(
    'Set aside: 2 numbers in the column “Mobile”, lines 2 to 3: 2065550200 (line 2), 2065550201 (line 3).',
  );
  await expect(summary).toContainText('Header row, not numbers: “Name, Mobile, PhoneNumber”.');
  const choice = page.getByRole('combobox', { name: 'Column with the numbers to port' });
  await expect(choice.getByRole('option', { name: 'Numbers from every column' })).toHaveCount(1);
  await captureBoth(page, 'wizard-numbers-set-aside');

  await summary.getByRole('button', { name: 'Read numbers from every column' }).click();
  await expect(page.getByRole('button', { name: 'All: 4' })).toBeVisible();
  await expect(choice).toHaveValue('all');
  await expect(page.getByText('PortDesk read the numbers of every column.')).toBeVisible();
  await expect(page.getByRole('group', { name: /^Read [\d,]+ entr/ })).toContainText(
    'Read 4 entries from two-number-columns.csv: 4 numbers added.',
  );
});

const statusList = [
  '+14258820100', // OK
  '+1 787 234 5678', // an error with a long message: Puerto Rico
  '4258820101 x214', // a warning: the extension
  '(425) 882-0100', // a duplicate of line 1
].join('\n');

for (const scheme of ['light', 'dark'] as const) {
  test(`check messages are whole, with an icon and a colour of each status's own, readable by keyboard (${scheme})`, async ({
    page,
    launch,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await fixClock(page);
    const app = await launch({ now: () => fixedNow });
    await page.setViewportSize({ width: 900, height: 800 });
    await seedAndOpen(page, app, validAnswers(fixedNow), 'numbers', statusList);
    const table = page.getByRole('table', { name: 'Numbers' });
    await expect(page.getByRole('button', { name: 'All: 4' })).toBeVisible();

    const puertoRico =
      '+17872345678 is a number of Puerto Rico; this flow ports numbers of the United States and Canada only.';
    const check = table.getByRole('cell', { name: /Puerto Rico/ });
    await expect(check).toHaveText(`Error: ${puertoRico}`);
    // Whole: nothing cut off, no tooltip needed.
    expect(await check.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect(await check.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect(await check.getAttribute('title')).toBeNull();
    // A keyboard user reaches the line's Fix button and hears the message with it.
    const fix = page.getByRole('button', { name: 'Fix line 2' });
    await fix.focus();
    await expect(fix).toHaveAccessibleDescription(`Error: ${puertoRico}`);

    // Each status: its own icon shape and its own colour.
    const looks = await table.getByRole('row').evaluateAll((rows) =>
      rows.slice(1).map((row) => {
        const cell = row.querySelectorAll('[role="cell"]')[5]!;
        const icon = cell.querySelector('svg');
        return {
          icon: icon?.querySelector('path')?.getAttribute('d') ?? '',
          color: getComputedStyle(cell).color,
        };
      }),
    );
    expect(looks).toHaveLength(4);
    expect(looks.every((l) => l.icon !== '')).toBe(true);
    expect(new Set(looks.map((l) => l.icon)).size).toBe(4);
    expect(new Set(looks.map((l) => l.color)).size).toBe(4);
    await expect(
      table.getByRole('cell', { name: /^Warning: .*has an extension \(214\)/ }),
    ).toBeVisible();
    await expect(
      table.getByRole('cell', { name: /^Duplicate: .*already on line 1/ }),
    ).toBeVisible();
    await expectAccessible(page);
    await captureWhole(page, `wizard-numbers-statuses-${scheme}.png`);
  });
}

test('Remove names its line, keeps every line number, and can be undone', async ({
  page,
  launch,
  dataDir,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  const source = '+14258820100\n+14258820101\n+14258820101\n4258821000-4258821009\n+14258820102';
  await seedAndOpen(page, app, validAnswers(fixedNow), 'numbers', source);
  await expect(page.getByRole('button', { name: 'All: 14' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Numbers' });
  const lineOf = async (e164: string) =>
    await table
      .getByRole('row', { name: new RegExp(`\\${e164}`) })
      .first()
      .getByRole('cell')
      .first()
      .textContent();

  // Two equal lines: each Remove says which line it takes.
  await expect(
    page.getByRole('button', { name: 'Remove +14258820101, line 2', exact: true }),
  ).toHaveCount(1);
  await page.getByRole('button', { name: 'Remove +14258820101, line 3', exact: true }).click();
  await expect(page.getByRole('button', { name: 'All: 13' })).toBeVisible();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(
    page.getByRole('status').filter({ hasText: 'Removed line 3: +14258820101.' }),
  ).toBeVisible();
  await expect(undo).toBeFocused();
  // The lines after it keep their numbers: the removed line stays, empty.
  expect(await lineOf('+14258820102')).toBe('5');
  await expect
    .poll(() => readNumbersSource(dataDir))
    .toBe('+14258820100\n+14258820101\n\n4258821000-4258821009\n+14258820102');

  // One number of a range: the range keeps the numbers before it, those after become the last line.
  await page.getByRole('button', { name: 'Remove +14258821005 from the range on line 4' }).click();
  await expect(page.getByRole('button', { name: 'All: 12' })).toBeVisible();
  await expect(
    page.getByText(
      'Removed +14258821005 from the range on line 4; the numbers after it (4258821006-4258821009) are now line 6.',
    ),
  ).toBeVisible();
  expect(await lineOf('+14258820102')).toBe('5');
  expect(await lineOf('+14258821009')).toBe('6');
  await captureBoth(page, 'wizard-numbers-removed');

  // Undo, twice: the list is back as it was, on screen and on disk.
  await undo.click();
  await expect(page.getByRole('button', { name: 'All: 13' })).toBeVisible();
  await expect(
    page.getByText('Undone: removed +14258821005 from the range on line 4'),
  ).toBeVisible();
  await expect(undo).toBeFocused();
  await undo.press('Enter');
  await expect(page.getByRole('button', { name: 'All: 14' })).toBeVisible();
  await expect.poll(() => readNumbersSource(dataDir)).toBe(source);
  await expect(undo).toHaveCount(0);
  await expect(page.locator('#numbers-table-body')).toBeFocused();
  await captureWhole(page, 'wizard-numbers-undo.png');
});

test('the counts add up when lines of the list cannot be read, and every such line is named', async ({
  page,
  launch,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  // Seven lines too long to read, between two numbers: the old bar named five and counted them as rows.
  const long = Array.from({ length: 7 }, (_, i) => `${String(i)}${'4'.repeat(20_000)}`);
  await seedAndOpen(
    page,
    app,
    validAnswers(fixedNow),
    'numbers',
    ['+14258820100', ...long, '+14258820101'].join('\n'),
  );
  await expect(page.getByRole('button', { name: 'All: 2' })).toBeVisible();
  // All = Errors + Duplicates + Valid: lines not read are not rows, and are named instead.
  await expect(page.getByRole('button', { name: 'Errors: 0' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Duplicates: 0' })).toBeVisible();
  await expect(page.getByText('Valid: 2')).toBeVisible();
  const bar = page.getByRole('group', { name: '7 lines of the list could not be read:' });
  for (let line = 2; line <= 8; line++)
    await expect(bar).toContainText(`Line ${line} is 20,001 characters long`);
  await expectAccessible(page);
});
