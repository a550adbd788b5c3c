import { join } from 'node:path';

import { expect, expectAccessible, test } from '@test/support/fixtures';
import { validAnswers } from '@tools/valid-order';

import {
  captureWhole,
  expectSaved,
  fixClock,
  fixedNow,
  readNumbersSource,
  readOrderFile,
  screenshots,
  seedAndOpen,
  stepHeading,
} from './wizard-helpers';

test('a new draft starts from the organization, and resumes at its step after a full restart', async ({
  page,
  launch,
  dataDir,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  await app.ok('saveOrganization', {
    name: 'Contoso',
    country: 'CA',
    street: '100 Queen St',
    city: 'Ottawa',
    region: 'ON',
    postalCode: 'k1a0b1',
    contactName: 'Dana Whitfield',
    contactEmail: 'dana@contoso.ca',
    contactPhone: '613 555 0100',
  });
  await page.reload();
  await page.getByRole('button', { name: 'Start a port order' }).click();
  // A step opens once the admin reaches it, or as soon as it holds answers (prefilled here).
  const steps = page.getByRole('navigation', { name: 'Port order steps' });
  await expect(steps.getByRole('button', { name: /^3\. BTN/ })).toBeDisabled();
  await expect(steps.getByRole('button', { name: /^4\. Account information/ })).toBeEnabled();
  await expect(page.getByRole('radio', { name: 'Canada' })).toBeChecked();
  await steps.getByRole('button', { name: /^4\. Account information/ }).click();
  await expect(page.getByRole('textbox', { name: 'Company name' })).toHaveValue('Contoso');
  await expect(page.getByRole('textbox', { name: 'Authorized user' })).toHaveValue(
    'Dana Whitfield',
  );
  await expect(page.getByRole('combobox', { name: 'Province or territory' })).toHaveValue('ON');
  await expect(page.getByRole('textbox', { name: 'Postal code' })).toHaveValue('K1A 0B1');
  await steps.getByRole('button', { name: /^6\. Porting details/ }).click();
  await expect(page.getByRole('textbox', { name: 'Notification e-mails' })).toHaveValue(
    'dana@contoso.ca',
  );
  await page.getByRole('textbox', { name: 'Order name' }).fill('Ottawa head office');
  await steps.getByRole('button', { name: /^2\. Phone numbers/ }).click();
  await expect(stepHeading(page, 2, 'Phone numbers')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Type or paste numbers' })
    .fill('+1 613 882 0100\n+1 613 882 0101');
  await page.getByRole('button', { name: 'Add to the list' }).click();
  await expect(page.getByRole('button', { name: 'Canada: 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Next: BTN' }).click();
  await page.getByRole('radio', { name: /^All numbers on the account/ }).check();

  // No flush, no step change: what was entered is on disk within a second.
  await page.waitForTimeout(1000);
  expect(readOrderFile(dataDir).data.answers['btn']).toMatchObject({ portType: 'full' });
  expect(readNumbersSource(dataDir)).toBe('+1 613 882 0100\n+1 613 882 0101');
  await expectSaved(page);

  await app.restart();
  await expect(page.getByRole('table', { name: 'Port orders' })).toBeVisible();
  const row = page.getByRole('row', { name: /Ottawa head office/ });
  await expect(row).toContainText('Draft');
  await expect(row).toContainText('at BTN');
  await expect(row).toContainText('Canada');
  await row.getByRole('button', { name: 'Ottawa head office', exact: true }).click();
  await expect(stepHeading(page, 3, 'BTN')).toBeVisible();
  await expect(page.getByRole('radio', { name: /^All numbers on the account/ })).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(
    page.getByRole('table', { name: 'Numbers' }).getByRole('row', { name: /\+16138820101/ }),
  ).toBeVisible();
});

test('several drafts: duplicate one, delete one after confirming, and undo the delete', async ({
  page,
  launch,
}) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  await seedAndOpen(page, app, validAnswers(fixedNow), 'details');
  await expect(stepHeading(page, 6, 'Porting details')).toBeVisible();
  await page.getByRole('button', { name: 'All port orders' }).click();

  await page.getByRole('button', { name: 'Duplicate Seattle main office' }).click();
  await expect(stepHeading(page, 1, 'Get started')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Copy of Seattle main office' }),
  ).toBeVisible();
  // A copy holds every answer: its steps can all be opened, though it was never visited.
  await expect(page.getByRole('button', { name: /^7\. Authorize and submit/ })).toBeEnabled();
  await page.getByRole('button', { name: /^7\. Authorize and submit/ }).click();
  await expect(stepHeading(page, 7, 'Authorize and submit')).toBeVisible();
  await page.getByRole('button', { name: 'All port orders' }).click();
  await page.getByRole('button', { name: 'New port order' }).click();
  await page.getByRole('button', { name: 'All port orders' }).click();

  const table = page.getByRole('table', { name: 'Port orders' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /^Seattle main office/ })).toContainText(
    '7 of 7 steps',
  );
  await expectAccessible(page);
  await page.screenshot({ path: join(screenshots, 'port-orders-drafts.png') });

  await page.getByRole('button', { name: 'Delete Copy of Seattle main office' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Delete the draft “Copy of Seattle main office”?',
  });
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.getByRole('button', { name: 'Delete Copy of Seattle main office' }).click();
  await dialog.getByRole('button', { name: 'Delete draft' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(page.getByText('Deleted the draft “Copy of Seattle main office”.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /^Copy of Seattle main office/ })).toBeVisible();
  await captureWhole(page, 'port-orders-drafts-after-undo.png');
});
