import { expect, expectAccessible, test } from '@test/support/fixtures';
import { validAnswers } from '@tools/valid-order';

import { captureWhole, fixClock, fixedNow, seedAndOpen, stepHeading } from './wizard-helpers';

test('numbers, transfer date and LOA: each rule fails at its field, and Review links to what is left', async ({
  page,
  launch,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  const answers = validAnswers(fixedNow);
  // Christmas Day: more than 7 days out, a weekday, and still refused.
  answers.transfer.desiredDate = '2026-12-25';
  answers.loa.signature = 'Dana Whitfeld';
  await seedAndOpen(page, app, answers, 'review', '+14258820100\n(425) 882-0101\n425 882 01');

  await expect(stepHeading(page, 7, 'Review')).toBeVisible();
  await expect(page.getByText('3 answers to fix before this order is ready')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finish: mark Ready to submit' })).toBeDisabled();
  await expectAccessible(page);
  await captureWhole(page, 'wizard-review-issues.png');

  // Each issue links to its field; the list's opens the Numbers step on the lines with errors.
  await page
    .getByRole('button', { name: 'Numbers: 1 line has an error; fix or remove it.' })
    .click();
  await expect(stepHeading(page, 4, 'Numbers')).toBeVisible();
  const table = page.getByRole('table', { name: 'Numbers' });
  await expect(page.getByRole('button', { name: 'Errors: 1' })).toHaveAttribute(
    'aria-pressed',
    'true',
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
  // Partial port: the BTN must leave the list, and the numbers left behind need a fate.
  await page.getByRole('radio', { name: /^Only some \(partial port\)/ }).check();
  await expect(
    page.getByText(
      'Port type: in a partial port the BTN +14258820100 stays with the current carrier.',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Remove +14258820100' }).click();
  await expect(page.getByRole('button', { name: 'All: 2' })).toBeVisible();
  await expect(page.getByText('Port type: in a partial port')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next: Transfer date' }).click();
  await expect(
    page
      .getByRole('navigation', { name: 'Port order steps' })
      .getByRole('button', { name: '4. Numbers, has answers to fix' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(
    page.getByText(
      'Numbers left behind: say whether they stay with the current carrier or are disconnected.',
    ),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'They stay in service with the current carrier' }).check();
  await expect(page.getByText('Numbers left behind:')).toHaveCount(0);

  await page.getByRole('button', { name: /^5. Transfer date/ }).click();
  await expect(
    page.getByText(
      'Desired date: Friday, December 25, 2026 is Christmas Day, a US federal holiday; ports do not happen then.',
    ),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Desired date' }).click();
  // Weekends, holidays and days sooner than a week out cannot be picked.
  const grid = page.getByRole('grid');
  const day = (name: string) => grid.getByRole('button', { name, exact: true });
  await expect(day('25, December, 2026')).toBeDisabled();
  await expect(day('5, December, 2026')).toBeDisabled();
  await expect(day('29, November, 2026')).toBeDisabled();
  await expect(day('24, December, 2026')).toBeEnabled();
  await page.getByRole('button', { name: /previous month/i }).click();
  await expect(day('30, November, 2026')).toBeEnabled();
  await expect(day('27, November, 2026')).toBeDisabled();
  await page.getByRole('button', { name: /next month/i }).click();
  await day('1, December, 2026').click();
  await expect(page.getByRole('combobox', { name: 'Desired date' })).toHaveValue(
    'Tuesday, December 1, 2026',
  );
  await expect(page.getByText(/^Desired date: /)).toHaveCount(0);

  await page.getByRole('button', { name: /^6. Letter of authorization/ }).click();
  await expect(
    page.getByText(
      'Signature: type the authorizing person’s name exactly as on Account information ("Dana Whitfield").',
    ),
  ).toBeVisible();
  await expect(page.getByText('Not signed yet')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Signature (type the full name)' })
    .fill('Dana Whitfield');
  await expect(page.getByText('Signed on November 23, 2026.')).toBeVisible();

  await page.getByRole('button', { name: /^7. Review/ }).click();
  await expect(page.getByText('answers to fix')).toHaveCount(0);
  await page.getByRole('button', { name: 'Finish: mark Ready to submit' }).click();
  await expect(page.getByText('Ready to submit', { exact: true })).toBeVisible();
  const order = await app.ok('listOrders');
  expect(order.orders[0]).toMatchObject({ status: 'ready', stepsComplete: 6 });
});
