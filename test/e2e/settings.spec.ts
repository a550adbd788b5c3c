import { expect, expectAccessible, test } from '@test/support/fixtures';

import { captureWhole } from './wizard/wizard-helpers';

test('Settings shows PortDesk’s data folder in the file manager', async ({
  page,
  launch,
  dataDir,
}) => {
  const app = await launch();
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByText(dataDir, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Show in the file manager' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Shown in the file manager.' }),
  ).toBeVisible();
  // Test double: the OS file manager is Electron's shell; the harness records what it was asked to show.
  expect(app.revealed).toEqual([dataDir]);
  await expectAccessible(page);
  await captureWhole(page, 'settings-data-folder.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await captureWhole(page, 'settings-data-folder-dark.png');
});
