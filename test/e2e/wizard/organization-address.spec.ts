import { expect, expectAccessible, test } from '@test/support/fixtures';
import { contosoSavedBefore, writeStoredOrganizations } from '@test/support/stored-organizations';

import { captureWhole, fixClock } from './wizard-helpers';

test('a Canadian order of a US organization says why its service address is blank', async ({
  page,
  launch,
  dataDir,
}) => {
  await fixClock(page);
  writeStoredOrganizations(dataDir, [contosoSavedBefore]);
  const app = await launch();
  const created = await app.ok('createOrder');
  const details = { ...created.answers.details, orderName: 'Toronto office' };
  await app.ok('saveOrderStep', { id: created.id, step: 'details', values: details });
  const getStarted = { ...created.answers.getStarted, country: 'CA' as const };
  await app.ok('saveOrderStep', { id: created.id, step: 'getStarted', values: getStarted });
  await app.ok('visitOrderStep', { id: created.id, step: 'account' });
  await page.reload();
  await page.getByRole('button', { name: 'Toronto office', exact: true }).click();

  const notice = page.getByText(
    "The service address is not filled in from Contoso Pharmaceuticals, Inc.: its address (Redmond) is in the United States, and this order's numbers are in Canada.",
    { exact: false },
  );
  await expect(notice).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'City' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Postal code' })).toHaveValue('');
  await expectAccessible(page);
  await captureWhole(page, 'wizard-account-other-country.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await captureWhole(page, 'wizard-account-other-country-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });

  // Typed, the address is the admin's: the notice has said what it had to.
  await page.getByRole('textbox', { name: 'City' }).fill('Toronto');
  await expect(notice).toBeHidden();
});
