import type { Page } from '@playwright/test';
import { dataFileTexts } from '@test/support/data-files';
import { expect, expectAccessible, test } from '@test/support/fixtures';

import { captureWhole, fixClock, fixedNow, stepHeading } from './wizard-helpers';

const field = (page: Page, label: string) =>
  page.getByRole('textbox', { name: label, exact: true });

/** Types into a field and leaves it, as the admin does before reading what it says. */
async function enter(page: Page, label: string, text: string) {
  await field(page, label).fill(text);
  await field(page, label).blur();
}

test('account information: each rule shows its error at the field, and the fix clears it', async ({
  page,
  launch,
  dataDir,
}) => {
  await fixClock(page);
  await launch({ now: () => fixedNow });
  await page.getByRole('button', { name: 'Start a port order' }).click();
  await page.getByRole('radio', { name: 'United States' }).check();
  // Mobile numbers (Phone numbers) always need the carrier's PIN (Account information).
  await page.getByRole('button', { name: 'Next: Phone numbers' }).click();
  await page.getByRole('checkbox', { name: /^Some of these numbers are mobile numbers/ }).check();
  await page.getByRole('button', { name: 'Next: BTN' }).click();
  await expect(stepHeading(page, 3, 'BTN')).toBeVisible();
  await enter(page, 'Billing telephone number (BTN)', '12345');
  await expect(
    page.getByText('BTN: enter it as +1 followed by 10 digits, such as +14255550100.'),
  ).toBeVisible();
  await enter(page, 'Billing telephone number (BTN)', '(425) 555-0100');
  await expect(field(page, 'Billing telephone number (BTN)')).toHaveValue('+14255550100');
  await expect(page.getByText('BTN: enter it as')).toHaveCount(0);
  await enter(page, 'Billing telephone number (BTN)', '+14259110100');
  await expect(page.getByText('BTN: +14259110100 has exchange 911')).toBeVisible();
  await enter(page, 'Billing telephone number (BTN)', '+14255550100');
  await page.getByRole('button', { name: 'Next: Account information' }).click();
  await expect(stepHeading(page, 4, 'Account information')).toBeVisible();

  await enter(page, 'Account number', '12 34-56');
  await expect(field(page, 'Account number')).toHaveValue('123456');
  await expect(page.getByText('PortDesk removed the spaces and dashes.')).toBeVisible();
  await enter(page, 'Account number', '12/3456');
  await expect(
    page.getByText("Account number: use only the letters and digits on the carrier's bill."),
  ).toBeVisible();
  await enter(page, 'Account number', '123456');
  await expect(page.getByText('Account number: use only')).toHaveCount(0);

  await enter(page, 'Company name', 'Contoso Pharmaceuticals International');
  await expect(
    page.getByText(
      'Company name is 37 characters; the admin center keeps the first 25 ("Contoso Pharmaceuticals I")',
    ),
  ).toBeVisible();
  await enter(page, 'Authorized user', 'Alexandra Montgomery');
  await expect(
    page.getByText(
      'Authorized user is 20 characters; the admin center keeps the first 15 ("Alexandra Montg").',
    ),
  ).toBeVisible();

  await enter(page, 'E-mail', 'dana@');
  await expect(page.getByText('E-mail: enter an address such as dana@contoso.com.')).toBeVisible();
  await enter(page, 'ZIP code', '9805');
  await expect(page.getByText('ZIP code: use 5 digits, or 9 as 12345-6789.')).toBeVisible();
  await enter(page, 'ZIP code', '98052');
  await expect(page.getByText('ZIP code: use 5 digits')).toHaveCount(0);

  // Mobile numbers always need the carrier's PIN: the box for it is there, and the PIN is sealed by main.
  const pin = page.getByLabel('Carrier PIN');
  await expect(pin).toHaveAttribute('type', 'password');
  await pin.fill('ab 12');
  await pin.blur();
  await expect(
    page.getByText('Carrier PIN: use only letters and digits, as the carrier gave it.'),
  ).toBeVisible();
  await pin.fill('Q7X2M9K4W1');
  await pin.blur();
  await expect(
    page.getByText('Saved, encrypted on this computer. Type a new one to replace it.'),
  ).toBeVisible();
  await expect(pin).toHaveValue('');
  await expectAccessible(page);
  await captureWhole(page, 'wizard-account-rules.png');

  // Canada: the address asks for a province and a postal code, and the US ZIP is now wrong.
  await page.getByRole('button', { name: /^1\. Get started/ }).click();
  await page.getByRole('radio', { name: 'Canada' }).check();
  await page.getByRole('button', { name: /^4\. Account information/ }).click();
  await expect(
    page.getByText('Province: choose the province or territory of the service address.'),
  ).toBeVisible();
  await expect(page.getByText('Postal code: use the form A1A 1A1, with the space.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Province or territory' }).selectOption('ON');
  await enter(page, 'Postal code', 'k1a0b1');
  await expect(field(page, 'Postal code')).toHaveValue('K1A 0B1');
  await expect(page.getByText(/^(Province|Postal code): /)).toHaveCount(0);

  // Notification e-mails are on Porting details now.
  await page.getByRole('button', { name: 'Next: Documents' }).click();
  await page.getByRole('button', { name: 'Next: Porting details' }).click();
  await enter(page, 'Notification e-mails', 'dana@contoso.com, it@contoso.com');
  await expect(
    page.getByText(
      'Notification e-mails: separate addresses with ; (semicolon), not commas or spaces',
    ),
  ).toBeVisible();
  await enter(page, 'Notification e-mails', 'dana@contoso.com; it@');
  await expect(
    page.getByText('Notification e-mails: "it@" is not an e-mail address.'),
  ).toBeVisible();
  await enter(page, 'Notification e-mails', 'dana@contoso.com; it@contoso.com');
  await expect(page.getByText(/^Notification e-mails: /)).toHaveCount(0);

  // Whatever was typed is on disk; the carrier PIN is not, in any form the admin typed it.
  const everything = dataFileTexts(dataDir)
    .map(([, text]) => text)
    .join('\n');
  expect(everything).toContain('Contoso Pharmaceuticals International');
  expect(everything).not.toContain('Q7X2M9K4W1');
});
