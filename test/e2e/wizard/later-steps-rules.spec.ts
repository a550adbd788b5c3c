import { expect, expectAccessible, test } from '@test/support/fixtures';
import { validAnswers } from '@tools/valid-order';

import { captureWhole, fixClock, fixedNow, seedAndOpen, stepHeading } from './wizard-helpers';

test('phone numbers, BTN, porting details and authorize: each rule fails at its field, and Review links to what is left', async ({
  page,
  launch,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  const answers = validAnswers(fixedNow);
  // Christmas Day: inside the 30 days, a weekday, and still refused, by name.
  answers.details.desiredDate = '2026-12-25';
  answers.authorize.signature = 'Dana Whitfeld';
  await seedAndOpen(page, app, answers, 'review', '+14258820100\n(425) 882-0101\n425 882 01');

  await expect(stepHeading(page, 8, 'Review')).toBeVisible();
  await expect(page.getByText('3 answers to fix before this order is ready')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finish: mark Ready to submit' })).toBeDisabled();
  await expectAccessible(page);
  await captureWhole(page, 'wizard-review-issues.png');

  // Each issue links to its field; the list's opens Phone numbers on the lines with errors.
  await page.getByRole('button', { name: '1 line has an error; fix or remove it.' }).click();
  await expect(stepHeading(page, 2, 'Phone numbers')).toBeVisible();
  const table = page.getByRole('table', { name: 'Numbers' });
  await expect(page.getByRole('button', { name: 'Errors: 1' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // One prefix for the list's problems, not one a sentence.
  await expect(page.getByRole('alert')).toHaveText(
    'Numbers: 1 line has an error; fix or remove it.',
  );
  await expect(table.getByRole('row', { name: /425 882 01 .*has 8 digits/ })).toBeVisible();
  await page.getByRole('button', { name: 'Fix line 3' }).click();
  await page.getByRole('textbox', { name: 'Fix line 3' }).fill('425 882 0102');
  await page.getByRole('textbox', { name: 'Fix line 3' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Errors: 0' })).toBeVisible();
  // The last error fixed: the empty Errors filter gives way to All by itself.
  await expect(page.getByRole('button', { name: 'All: 3' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(table.getByRole('row', { name: /\+14258820102/ })).toBeVisible();

  // A partial port that keeps the BTN in the list needs a replacement BTN, not in the list.
  await page.getByRole('button', { name: /^3\. BTN/ }).click();
  await page.getByRole('radio', { name: /^Only some \(partial port\)/ }).check();
  await page.getByRole('radio', { name: 'They stay in service with the current carrier' }).check();
  const replacement = page.getByRole('textbox', { name: 'Replacement BTN' });
  await replacement.fill('+14258820101');
  await replacement.blur();
  await expect(
    page.getByText(
      'Replacement BTN: +14258820101 is in the list of numbers to port; it must stay with the current carrier.',
      { exact: false },
    ),
  ).toBeVisible();
  await replacement.fill('(425) 882-0199');
  await replacement.blur();
  await expect(replacement).toHaveValue('+14258820199');
  await expect(page.getByText(/^Replacement BTN: /)).toHaveCount(0);
  await expectAccessible(page);
  await captureWhole(page, 'wizard-btn-replacement.png');

  await page.getByRole('button', { name: /^6\. Porting details/ }).click();
  await expect(
    page.getByText(
      'Desired date: Friday, December 25, 2026 is Christmas Day, a US federal holiday.',
    ),
  ).toBeVisible();
  // Only the times that apply: US user numbers from 8 AM to 8 PM Eastern.
  const times = page.getByRole('combobox', { name: 'Start time (Eastern time)' }).locator('option');
  await expect(times.filter({ hasText: /AM|PM/ })).toHaveCount(25);
  await page.getByRole('combobox', { name: 'Desired date' }).click();
  // Refused days are greyed out and say why; today is marked, not filled like the chosen day.
  const grid = page.getByRole('grid');
  const day = (name: string) => grid.getByRole('button', { name, exact: true });
  await expect(day('25, December, 2026')).toBeDisabled();
  const reason = (d: number) =>
    grid
      .locator('td')
      .filter({ has: page.getByRole('button', { name: `${d}, December, 2026`, exact: true }) });
  await expect(reason(25)).toHaveAttribute('title', /Christmas Day, a US federal holiday/);
  await expect(reason(5)).toHaveAttribute('title', /a weekend/);
  await expect(reason(24)).toHaveAttribute('title', /more than 30 days out/);
  await expect(day('23, December, 2026')).toBeEnabled();
  await page.getByRole('button', { name: /previous month/i }).click();
  await expect(
    grid
      .locator('td')
      .filter({ has: page.getByRole('button', { name: '30, November, 2026', exact: true }) }),
  ).toHaveAttribute('title', /fewer than 5 business days out/);
  await expect(
    grid
      .locator('td')
      .filter({ has: page.getByRole('button', { name: '26, November, 2026', exact: true }) }),
  ).toHaveAttribute('title', /Thanksgiving Day/);
  await captureWhole(page, 'wizard-calendar-reasons-light.png');
  // Today's number stays readable in dark mode.
  await page.emulateMedia({ colorScheme: 'dark' });
  await captureWhole(page, 'wizard-calendar-reasons-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: /next month/i }).click();
  await day('1, December, 2026').click();
  await expect(page.getByRole('combobox', { name: 'Desired date' })).toHaveValue('2026-12-01');
  await expect(page.getByText(/^Desired date: Friday/)).toHaveCount(0);

  await page.getByRole('button', { name: /^7\. Authorize and submit/ }).click();
  await expect(
    page.getByText(
      'Name under the signature: type the authorized user’s name exactly as on Account information ("Dana Whitfield").',
    ),
  ).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Name under the signature (type the full name)' })
    .fill('Dana Whitfield');
  await expect(page.getByText(/^Dated November 23, 2026/)).toBeVisible();

  await page.getByRole('button', { name: /^8\. Review/ }).click();
  await expect(page.getByText('answers to fix')).toHaveCount(0);
  await page.getByRole('button', { name: 'Finish: mark Ready to submit' }).click();
  await expect(page.getByText('Ready to submit.', { exact: true })).toBeVisible();
  const order = await app.ok('listOrders');
  expect(order.orders[0]).toMatchObject({ status: 'ready', stepsComplete: 7 });
});
