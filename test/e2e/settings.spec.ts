import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, expectAccessible, test } from '@test/support/fixtures';
import { contosoSavedBefore, writeStoredOrganizations } from '@test/support/stored-organizations';

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

test('an organization saved before the wizard’s field rules opens with every value, shows each refusal at its field, and saves once fixed', async ({
  page,
  launch,
  dataDir,
}) => {
  writeStoredOrganizations(dataDir, [contosoSavedBefore]);
  await launch();
  await page.getByRole('tab', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'Organization details' });
  const state = form.getByRole('combobox', { name: 'State' });
  const phone = form.getByRole('textbox', { name: 'Contact phone' });
  // Nothing dropped: the typed state and the phone with its extension are shown as saved.
  await expect(state).toHaveValue('Washington');
  await expect(state.locator('option:checked')).toHaveText('Washington (as saved)');
  await expect(phone).toHaveValue('(425) 882-8080 x214');
  await expect(form.getByRole('textbox', { name: 'ZIP code' })).toHaveValue('98052-6399');
  await expect(form.getByText('State: choose the state of the service address.')).toBeVisible();
  await expect(
    form.getByText(
      'Contact phone: enter the number without its extension (x214), such as (425) 555-0100.',
    ),
  ).toBeVisible();
  await expect(form.getByRole('status')).toHaveText(/saved before today’s rules: fix the fields/);
  await expectAccessible(page);
  await captureWhole(page, 'settings-organization-saved-before.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await captureWhole(page, 'settings-organization-saved-before-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });

  await state.selectOption('WA');
  await phone.fill('(425) 882-8080');
  await form.getByRole('button', { name: 'Save organization' }).click();
  // One full stop, though the name ends with "Inc.".
  await expect(form.getByRole('status')).toHaveText('Saved Contoso Pharmaceuticals, Inc.');
  const saved = JSON.parse(readFileSync(join(dataDir, 'organizations.json'), 'utf8')) as {
    data: { organizations: Record<string, string>[] };
  };
  expect(saved.data.organizations[0]).toMatchObject({
    region: 'WA',
    contactPhone: '(425) 882-8080',
    postalCode: '98052-6399',
    city: 'Redmond',
  });

  // A refused save says nothing stale ("Saved …") under the new error.
  await phone.fill('555-0100');
  await form.getByRole('button', { name: 'Save organization' }).click();
  await expect(
    form.getByText(
      'Contact phone: enter a North American number of 10 digits, such as (425) 555-0100.',
    ),
  ).toBeVisible();
  await expect(form.getByRole('status')).toHaveText('');
});
