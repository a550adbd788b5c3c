import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from '@test/support/fixtures';
import type { RunningApp } from '@tools/harness';
import { validAnswers } from '@tools/valid-order';

import { captureWhole, fixClock, fixedNow, seedAndOpen } from '../wizard/wizard-helpers';

/** Where focus is, in words a failure message can show; never `<body>` after an action. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el === null || el === document.body
      ? 'body'
      : `${el.tagName.toLowerCase()}: ${el.textContent?.trim() ?? ''}`;
  });

/** The order seeded through the real handlers, finished and submitted, then rejected after its FOC. */
async function rejectedAfterFoc(page: Page, app: RunningApp): Promise<string> {
  const id = await seedAndOpen(page, app, validAnswers(fixedNow), 'review');
  await app.ok('finishOrder', { id });
  await app.ok('recordOrderStatus', {
    id,
    status: 'processing',
    microsoftOrderId: 'PO-42',
    submittedOn: '2026-11-23',
    authorizedWith: 'signedLetter',
  });
  await app.ok('recordOrderStatus', {
    id,
    status: 'transferApproved',
    focDate: '2026-12-08',
    focTime: '10:00',
  });
  await app.ok('recordOrderStatus', {
    id,
    status: 'error',
    reason: 'btn',
    details: 'The CSR lists another BTN.',
  });
  return id;
}

const backgroundOf = (button: Locator) =>
  button.evaluate((el) => getComputedStyle(el).backgroundColor);

test('a rejected order no longer looks scheduled; opening it, and Recreate, leave focus on the page', async ({
  page,
  launch,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  await rejectedAfterFoc(page, app);
  // A restart of the page shows the list as main now has it.
  await page.reload();

  // The list: no transfer date for a rejected order, and "1 order".
  await expect(page.getByText('1 order', { exact: true })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Seattle main office' });
  await expect(row.locator('time[datetime="2026-12-08"]')).toHaveCount(0);
  await expect(row.getByText('FOC', { exact: true })).toHaveCount(0);

  // Opening it: focus on the order's title, not lost with the list's button.
  await page.getByRole('button', { name: 'Seattle main office', exact: true }).click();
  const title = page.getByRole('heading', { level: 1, name: 'Seattle main office' });
  await expect(title).toBeFocused();
  await expect(page.getByText('FOC Tue, Dec 8, 2026', { exact: false })).toHaveCount(0);
  await expect(
    page.getByText(
      'No transfer is scheduled. The FOC had been Tue, Dec 8, 2026 at 10:00 AM Eastern, before the order was rejected.',
    ),
  ).toBeVisible();
  // Recreate is the one primary action; the package is there, not suggested.
  const recreate = page.getByRole('button', { name: 'Recreate as a new draft' });
  const writePackage = page.getByRole('button', { name: 'Write the submission package' });
  expect(await backgroundOf(writePackage)).not.toBe(await backgroundOf(recreate));
  await expectAccessible(page);
  await captureWhole(page, 'order-rejected-not-scheduled.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await captureWhole(page, 'order-rejected-not-scheduled-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });

  await recreate.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Seattle main office (recreated)' }),
  ).toBeVisible();
  expect(await focused(page)).not.toBe('body');
});

test('Go to submission leaves focus on the order’s title', async ({ page, launch }) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  await seedAndOpen(page, app, validAnswers(fixedNow), 'review');
  await page.getByRole('button', { name: 'Finish: mark Ready to submit' }).click();
  await page.getByRole('button', { name: 'Go to submission' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Seattle main office' })).toBeFocused();
});

test('the Port orders list: whole names, and focus kept through delete and undo', async ({
  page,
  launch,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  const names = [
    'Toronto office (toll-free numbers for the support line, east)',
    'Toronto office (toll-free numbers for the support line, west)',
  ];
  for (const orderName of names) {
    const { id } = await app.ok('createOrder');
    await app.ok('saveOrderStep', {
      id,
      step: 'details',
      values: { ...validAnswers(fixedNow).details, orderName },
    });
  }
  await page.reload();
  await expect(page.getByText('2 orders', { exact: true })).toBeVisible();
  for (const name of names) {
    const link = page.getByRole('button', { name, exact: true });
    // Whole: wrapped, never cut where the two names differ.
    expect(await link.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expect(link).toHaveText(name);
  }
  // A wrapped name's row grows instead of overlapping the next.
  const boxes = await Promise.all(
    names.map((name) => page.getByRole('row').filter({ hasText: name }).boundingBox()),
  );
  const [first, second] = boxes.sort((a, b) => a!.y - b!.y);
  expect(first!.height).toBeGreaterThan(52);
  expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height - 1);
  await expectAccessible(page);
  await captureWhole(page, 'port-orders-long-names.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await captureWhole(page, 'port-orders-long-names-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: `Delete ${names[0]}` }).click();
  await page.getByRole('button', { name: 'Delete draft' }).click();
  await expect(page.getByText('1 order', { exact: true })).toBeVisible();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('2 orders', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: names[0], exact: true })).toBeFocused();
});
