import { join } from 'node:path';

import type { Page } from '@playwright/test';
import { screenshots } from '@test/support/screenshots';
import { createAesSecretBox } from '@tools/aes-secret-box';

import { dataFileTexts } from '../support/data-files';
import { expect, expectAccessible, test } from '../support/fixtures';

async function addOrganization(
  page: Page,
  name: string,
  country: 'United States' | 'Canada',
  postalCode: string,
) {
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByLabel('Organization name').fill(name);
  await page.getByRole('radio', { name: country }).check();
  await page.getByLabel(country === 'Canada' ? 'Postal code' : 'ZIP code').fill(postalCode);
  const form = page.getByRole('form', { name: 'Organization details' });
  await form.getByRole('button', { name: /^(Add organization|Save new organization)$/ }).click();
  await expect(page.getByText(`Saved ${name}.`)).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`a US organization sets, changes and copies its PIN (${scheme})`, async ({
    page,
    launch,
    dataDir,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = await launch();
    await page.getByRole('tab', { name: 'Port-out PIN' }).click();
    await expect(page.getByText('No organization yet')).toBeVisible();
    await page.getByRole('button', { name: 'Go to Settings' }).click();

    await page.getByRole('button', { name: 'Add organization' }).click();
    await expect(page.getByText('Organization name: enter the name.')).toBeVisible();
    await page.getByLabel('Organization name').fill('Contoso');
    await page.getByLabel('ZIP code').fill('9810');
    await page.getByRole('button', { name: 'Add organization' }).click();
    await expect(page.getByText('ZIP code: use 5 digits, or 9 as 12345-6789.')).toBeVisible();
    await addOrganization(page, 'Contoso', 'United States', '98101');
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Port-out PIN' }).click();
    await expect(page.getByText('No PIN is set for Contoso.')).toBeVisible();
    const pin = page.getByLabel('PIN', { exact: true });
    const confirm = page.getByLabel('Confirm PIN');
    await expect(pin).toHaveAttribute('type', 'password');

    // Every broken rule gets its own message.
    await pin.fill('12a');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByText('PIN: use digits only, with no letters, spaces or special characters.'),
    ).toBeVisible();
    await expect(page.getByText('PIN: use at least 6 digits.')).toBeVisible();
    await pin.fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByText('PIN: enter 6 to 10 digits. A PIN cannot be removed or set back to blank.'),
    ).toBeVisible();
    await pin.fill('12345678901');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('PIN: use at most 10 digits.')).toBeVisible();
    // 10 digits, so the sealed base64 on disk cannot contain the PIN by chance.
    await pin.fill('4829130576');
    await confirm.fill('4829130577');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Confirm PIN: type the same PIN twice.')).toBeVisible();
    await page.getByRole('switch', { name: 'Show PIN' }).check();
    await expect(pin).toHaveAttribute('type', 'text');
    await confirm.fill('4829130576');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('PIN saved.')).toBeVisible();
    await expect(page.getByText(/A PIN is set for Contoso\. Last changed/)).toBeVisible();
    await expect(page.getByLabel('New PIN')).toHaveValue('');

    await page.getByLabel('New PIN').fill('5550123456');
    await page.getByLabel('Confirm PIN').fill('5550123456');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('PIN changed.')).toBeVisible();
    // The next refusal stands alone: "PIN changed." from the last save is gone.
    await page.getByLabel('New PIN').fill('5550123456');
    await page.getByLabel('Confirm PIN').fill('5550123457');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Confirm PIN: type the same PIN twice.')).toBeVisible();
    await expect(page.getByText('PIN changed.')).toBeHidden();
    await page.getByLabel('New PIN').fill('');
    await page.getByLabel('Confirm PIN').fill('');
    await expect(page.getByLabel('New PIN')).toHaveValue('');
    await expect(page.getByLabel('Confirm PIN')).toHaveValue('');
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
    const history = page
      .getByRole('listitem')
      .filter({ hasText: /^(Set|Changed) [A-Z][a-z]{2} \d/ });
    await expect(history).toHaveCount(2);
    await expect(history.first()).toHaveText(/^Changed /); // newest first
    await expect(history.last()).toHaveText(/^Set /);
    await expect(page.getByRole('button', { name: /Clear|Remove/ })).toHaveCount(0);

    await page.getByRole('button', { name: 'Copy PIN for the new carrier' }).click();
    await expect(
      page.getByText('PIN copied. PortDesk clears the clipboard in 60 seconds.'),
    ).toBeVisible();
    expect(app.clipboard.text).toBe('5550123456');
    await expect(page.getByLabel('New PIN')).toHaveValue('');
    await expectAccessible(page);
    await page.screenshot({ path: join(screenshots, `pin-us-${scheme}.png`), fullPage: true });

    // The page never saw the PIN from main, and no data file holds it in the clear.
    expect(
      await page.evaluate(() => window.portdesk!.getPinStatus().then(JSON.stringify)),
    ).not.toContain('5550123456');
    app.services.flushAll();
    for (const [file, text] of dataFileTexts(dataDir))
      expect(text, file).not.toMatch(/4829130576|5550123456/);
  });
}

test('for a Canadian organization the panel says why it does not apply', async ({
  page,
  launch,
}) => {
  await launch();
  await addOrganization(page, 'Northwind Canada', 'Canada', 'K1A 0B1');
  await page.getByRole('tab', { name: 'Port-out PIN' }).click();
  await expect(page.getByText('Not needed for Northwind Canada')).toBeVisible();
  await expect(page.getByLabel('PIN', { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: join(screenshots, 'pin-canada.png') });

  // Main refuses whatever the page sends.
  const refused = await page.evaluate(() =>
    window.portdesk!.setPin({ pin: '123456', confirm: '123456' }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
});

test('several organizations: add, switch, and each keeps its own details and PIN', async ({
  page,
  launch,
}) => {
  const app = await launch();
  await addOrganization(page, 'Contoso', 'United States', '98101');
  await page.getByRole('button', { name: 'Add organization' }).click();
  await expect(page.getByLabel('Organization name')).toHaveValue('');
  await addOrganization(page, 'Fabrikam', 'United States', '10001');

  const active = page.getByRole('combobox', { name: 'Active organization' });
  await expect(active).toHaveText('Fabrikam');
  await active.click();
  await page.getByRole('option', { name: 'Contoso (United States)' }).click();
  await expect(page.getByLabel('Organization name')).toHaveValue('Contoso');
  await expect(page.getByLabel('ZIP code')).toHaveValue('98101');
  await expectAccessible(page);
  await page.screenshot({ path: join(screenshots, 'settings-organizations.png') });

  await page.getByRole('tab', { name: 'Port-out PIN' }).click();
  await expect(page.getByText('No PIN is set for Contoso.')).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('123456');
  await page.getByLabel('Confirm PIN').fill('123456');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/A PIN is set for Contoso/)).toBeVisible();

  await app.restart();
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByRole('combobox', { name: 'Active organization' })).toHaveText('Contoso');
  await page.getByRole('combobox', { name: 'Active organization' }).click();
  await page.getByRole('option', { name: 'Fabrikam (United States)' }).click();
  await page.getByRole('tab', { name: 'Port-out PIN' }).click();
  await expect(page.getByText('No PIN is set for Fabrikam.')).toBeVisible();
});

test('without OS encryption the panel says so and the PIN is not stored', async ({
  page,
  launch,
  dataDir,
}) => {
  await launch({ secretBox: createAesSecretBox(false) });
  await addOrganization(page, 'Contoso', 'United States', '98101');
  await page.getByRole('tab', { name: 'Port-out PIN' }).click();
  await expect(page.getByText('No secure storage on this computer')).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('2468101214');
  await page.getByLabel('Confirm PIN').fill('2468101214');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').getByText(/offers no secure storage/)).toBeVisible();
  await expect(page.getByText(/No PIN is set for Contoso/)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: join(screenshots, 'pin-no-encryption.png') });
  for (const [file, text] of dataFileTexts(dataDir)) expect(text, file).not.toContain('2468101214');
});
