import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '@test/support/fixtures';

import {
  captureWhole,
  expectSaved,
  fixClock,
  fixedNow,
  readOrderFile,
  stepHeading,
  tabTo,
} from './wizard-helpers';

const next = (page: Page) => page.getByRole('button', { name: /^Next: / });

async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, page.getByRole('textbox', { name: label, exact: true }));
  await page.keyboard.type(text);
}

async function tickAll(page: Page, group: string) {
  for (const box of await page.getByRole('group', { name: group }).getByRole('checkbox').all()) {
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
}

async function capture(page: Page, step: string, scheme: string) {
  await expectAccessible(page);
  await captureWhole(page, `wizard-${step}-${scheme}.png`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`an admin walks the whole wizard with the keyboard alone and finishes the order (${scheme})`, async ({
    page,
    launch,
    dataDir,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await fixClock(page);
    await launch({ now: () => fixedNow });

    await tabTo(page, page.getByRole('button', { name: 'Start a port order' }));
    await page.keyboard.press('Enter');
    await expect(stepHeading(page, 1, 'Get started')).toBeVisible();
    await tickAll(page, 'Confirm each of these with the current carrier');
    await capture(page, '1-get-started', scheme);
    await tabTo(page, next(page));
    await page.keyboard.press('Enter');

    await expect(stepHeading(page, 2, 'Location and number type')).toBeVisible();
    for (const choice of ['United States', /^Geographic/, 'Users']) {
      const radio = page.getByRole('radio', { name: choice });
      await tabTo(page, radio);
      await page.keyboard.press('Space');
      await expect(radio).toBeChecked();
    }
    await capture(page, '2-location', scheme);
    await tabTo(page, next(page));
    await page.keyboard.press('Enter');

    await expect(stepHeading(page, 3, 'Account information')).toBeVisible();
    await typeInto(page, 'Order name', 'Seattle main office');
    await typeInto(page, 'Current carrier', 'Northwind Telecom');
    await typeInto(page, 'Account number', '88-1234 567');
    await typeInto(page, 'Billing telephone number (BTN)', '(425) 882-0100');
    await typeInto(page, 'Company name', 'Contoso Ltd');
    await typeInto(page, 'Authorizing person', 'Dana Smith');
    await typeInto(page, 'Job title', 'IT manager');
    await typeInto(page, 'Phone', '425 555 0199');
    await typeInto(page, 'E-mail', 'dana@contoso.com');
    await typeInto(page, 'Street', '1 Microsoft Way');
    await typeInto(page, 'City', 'Redmond');
    await tabTo(page, page.getByRole('combobox', { name: 'State' }));
    await page.keyboard.type('Washington');
    await typeInto(page, 'ZIP code', '98052');
    await typeInto(page, 'Notification e-mails', 'dana@contoso.com; it@contoso.com');
    // Leaving the fields tidied them, and said so.
    await expect(page.getByRole('textbox', { name: 'Account number' })).toHaveValue('881234567');
    await expect(page.getByText('PortDesk removed the spaces and dashes.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Billing telephone number (BTN)' })).toHaveValue(
      '+14258820100',
    );
    await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue('WA');
    await capture(page, '3-account', scheme);
    await tabTo(page, next(page));
    await page.keyboard.press('Enter');

    await expect(stepHeading(page, 4, 'Numbers')).toBeVisible();
    await typeInto(
      page,
      'Type or paste numbers',
      '+1 425 882 0100\n(425) 882-0101, 425.882.0102\n4258820110-4258820119',
    );
    await tabTo(page, page.getByRole('button', { name: 'Add to the list' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table', { name: 'Numbers' }).getByRole('row')).not.toHaveCount(0);
    await expect(page.getByRole('button', { name: 'All: 13' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Errors: 0' })).toBeVisible();
    await tabTo(page, page.getByRole('radio', { name: /^All numbers on the account/ }));
    await page.keyboard.press('Space');
    await capture(page, '4-numbers', scheme);
    await tabTo(page, next(page));
    await page.keyboard.press('Enter');

    await expect(stepHeading(page, 5, 'Transfer date')).toBeVisible();
    await tabTo(page, page.getByRole('combobox', { name: 'Desired date' }));
    await page.keyboard.press('Enter');
    // The calendar moves focus into its grid once it has opened; keys pressed before that go nowhere.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[role="grid"]') !== null))
      .toBe(true);
    // The calendar opens on today, which it refuses (too soon); a week down is the earliest day allowed.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Desired date' })).toHaveValue(
      'Monday, November 30, 2026',
    );
    await tabTo(page, page.getByRole('combobox', { name: 'Start time (Eastern time)' }));
    await page.keyboard.type('9:00');
    await expect(page.getByRole('note')).toContainText('9:00 AM EST');
    await capture(page, '5-transfer', scheme);
    await tabTo(page, next(page));
    await page.keyboard.press('Enter');

    await expect(stepHeading(page, 6, 'Letter of authorization')).toBeVisible();
    await tickAll(page, 'The authorizing person states that');
    await typeInto(page, 'Signature (type the full name)', 'dana  smith');
    await expect(page.getByText('Signed on November 23, 2026.')).toBeVisible();
    await capture(page, '6-loa', scheme);
    await tabTo(page, next(page));
    await page.keyboard.press('Enter');

    await expect(stepHeading(page, 7, 'Review')).toBeVisible();
    await expect(page.getByText('answers to fix')).toHaveCount(0);
    await expect(
      page
        .getByRole('navigation', { name: 'Port order steps' })
        .getByRole('button', { name: /complete$/ }),
    ).toHaveCount(7);
    const finish = page.getByRole('button', { name: 'Finish: mark Ready to submit' });
    await tabTo(page, finish);
    await page.keyboard.press('Enter');
    await expect(page.getByText('Ready to submit', { exact: true })).toBeVisible();
    await capture(page, '7-review', scheme);
    await expectSaved(page);
    const saved = readOrderFile(dataDir);
    expect(saved.data).toMatchObject({ status: 'ready', lastStep: 'review' });
    expect(saved.data.answers.account).toMatchObject({
      accountNumber: '881234567',
      btn: '+14258820100',
      region: 'WA',
    });
  });
}
