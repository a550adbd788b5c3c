import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from '@test/support/fixtures';

import {
  captureWhole,
  expectFocused,
  expectSaved,
  fixClock,
  fixedNow,
  readOrderFile,
  stepHeading,
  tabTo,
} from './wizard-helpers';

/*
 * A US order of user numbers, walked through today's wizard with the keyboard alone, from
 * the list to Finish and on to Go to submission. Every Tab is counted, and after each action
 * that moves on (a new step, Add to the list, Finish, Go to submission) focus is asserted
 * where the admin goes next, never the page's body. Every step is captured light and dark.
 */
const next = (page: Page) => page.getByRole('button', { name: /^Next: / });

/** Tabs pressed during the walk, by what they reached. */
type Tabs = { what: string; presses: number }[];

async function press(page: Page, tabs: Tabs, what: string, target: Locator, key: string) {
  tabs.push({ what, presses: await tabTo(page, target) });
  await page.keyboard.press(key);
}

async function typeInto(page: Page, tabs: Tabs, label: string, text: string) {
  const box = page.getByRole('textbox', { name: label, exact: true });
  tabs.push({ what: label, presses: await tabTo(page, box) });
  await page.keyboard.type(text);
}

async function tickAll(page: Page, tabs: Tabs, group: string) {
  for (const box of await page.getByRole('group', { name: group }).getByRole('checkbox').all()) {
    await press(page, tabs, group, box, 'Space');
    await expect(box).toBeChecked();
  }
}

/** A radio: Tab into its group, arrow keys to it (as a radio group is walked), Space. */
async function choose(page: Page, tabs: Tabs, name: string | RegExp) {
  const radio = page.getByRole('radio', { name });
  const group = page.getByRole('radiogroup').filter({ has: radio });
  const first = group.getByRole('radio').first();
  tabs.push({ what: String(name), presses: await tabTo(page, first) });
  for (let i = 0; i < 5 && !(await radio.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

/** Next, and the new step's heading has focus. */
async function nextStep(page: Page, tabs: Tabs, number: number, title: string) {
  await press(page, tabs, `Next to ${title}`, next(page), 'Enter');
  const heading = stepHeading(page, number, title);
  await expect(heading).toBeVisible();
  await expectFocused(heading);
}

async function capture(page: Page, step: string, scheme: string) {
  await expectAccessible(page);
  await captureWhole(page, `wizard-${step}-${scheme}.png`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`an admin walks today's wizard with the keyboard alone, finishes and goes to submission (${scheme})`, async ({
    page,
    launch,
    dataDir,
  }) => {
    // Every field by Tab, every step checked by axe and captured: more than the default minute.
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: scheme });
    await fixClock(page);
    await launch({ now: () => fixedNow });
    const tabs: Tabs = [];

    await press(
      page,
      tabs,
      'Start',
      page.getByRole('button', { name: 'Start a port order' }),
      'Enter',
    );
    await expect(stepHeading(page, 1, 'Get started')).toBeVisible();
    await expectFocused(stepHeading(page, 1, 'Get started'));
    await choose(page, tabs, 'United States');
    await tickAll(page, tabs, 'Confirm each of these with the current carrier');
    await capture(page, '1-get-started', scheme);

    await nextStep(page, tabs, 2, 'Phone numbers');
    // No numbers yet is a neutral state: no error before the admin has added any.
    await expect(page.getByText('No numbers yet: type, paste or import them above.')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await typeInto(
      page,
      tabs,
      'Type or paste numbers',
      '+1 425 882 0100\n(425) 882-0101, 425.882.0102\n4258820110-4258820119',
    );
    await press(page, tabs, 'Add', page.getByRole('button', { name: 'Add to the list' }), 'Enter');
    await expect(page.getByRole('button', { name: 'All: 13' })).toBeVisible();
    // Added: the keyboard is on the list it added to.
    await expectFocused(page.getByRole('rowgroup', { name: 'Numbers, scrollable' }));
    await choose(page, tabs, /^Geographic/);
    await choose(page, tabs, /^User \(/);
    await capture(page, '2-phone-numbers', scheme);

    await nextStep(page, tabs, 3, 'BTN');
    await typeInto(page, tabs, 'Billing telephone number (BTN)', '(425) 882-0100');
    await choose(page, tabs, /^All numbers on the account/);
    await expect(page.getByRole('textbox', { name: 'Billing telephone number (BTN)' })).toHaveValue(
      '+14258820100',
    );
    await capture(page, '3-btn', scheme);

    await nextStep(page, tabs, 4, 'Account information');
    await typeInto(page, tabs, 'Company name', 'Contoso Ltd');
    await typeInto(page, tabs, 'Current carrier', 'Northwind Telecom');
    await typeInto(page, tabs, 'Account number', '88-1234 567');
    await typeInto(page, tabs, 'Authorized user', 'Dana Smith');
    await typeInto(page, tabs, 'Job title', 'IT manager');
    await typeInto(page, tabs, 'Phone', '425 555 0199');
    await typeInto(page, tabs, 'E-mail', 'dana@contoso.com');
    await typeInto(page, tabs, 'Street', '1 Microsoft Way');
    await typeInto(page, tabs, 'City', 'Redmond');
    tabs.push({
      what: 'State',
      presses: await tabTo(page, page.getByRole('combobox', { name: 'State' })),
    });
    await page.keyboard.type('Washington');
    await typeInto(page, tabs, 'ZIP code', '98052');
    await expect(page.getByRole('textbox', { name: 'Account number' })).toHaveValue('881234567');
    await expect(page.getByText('PortDesk removed the spaces and dashes.')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue('WA');
    await capture(page, '4-account', scheme);

    await nextStep(page, tabs, 5, 'Documents');
    await expect(page.getByText('No documents attached yet.')).toBeVisible();
    await capture(page, '5-documents', scheme);

    await nextStep(page, tabs, 6, 'Porting details');
    await typeInto(page, tabs, 'Order name', 'Seattle main office');
    await typeInto(page, tabs, 'Requester', 'Dana Smith');
    await typeInto(page, tabs, 'Notification e-mails', 'dana@contoso.com; it@contoso.com');
    // The date is typed: 5 US business days out, Thanksgiving inside, is Tuesday, December 1.
    const date = page.getByRole('combobox', { name: 'Desired date' });
    tabs.push({ what: 'Desired date', presses: await tabTo(page, date) });
    await page.keyboard.type('2026-12-01');
    // Enter reads what was typed (and opens the calendar on it); Escape closes the calendar.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect(date).toHaveValue('2026-12-01');
    tabs.push({
      what: 'Start time',
      presses: await tabTo(page, page.getByRole('combobox', { name: 'Start time (Eastern time)' })),
    });
    await expect(date).toHaveValue('2026-12-01');
    await page.keyboard.type('9:00');
    await expect(page.getByRole('note')).toContainText('9:00 AM EST');
    // Under 15 business days: a recommendation, not a refusal.
    await expect(page.getByText(/Microsoft recommends 15 or more/)).toBeVisible();
    await capture(page, '6-porting-details', scheme);

    await nextStep(page, tabs, 7, 'Authorize and submit');
    await choose(page, tabs, /^The letter: print it/);
    await tickAll(page, tabs, 'The authorized user states that');
    await typeInto(page, tabs, 'Name under the signature (type the full name)', 'dana  smith');
    await expect(page.getByText(/^Dated November 23, 2026/)).toBeVisible();
    await capture(page, '7-authorize', scheme);

    await nextStep(page, tabs, 8, 'Review');
    await expect(page.getByText('answers to fix')).toHaveCount(0);
    await expect(
      page
        .getByRole('navigation', { name: 'Port order steps' })
        .getByRole('button', { name: /complete$/ }),
    ).toHaveCount(8);
    // The numbers themselves are on Review, sorted.
    await expect(
      page.getByRole('list', { name: 'The numbers (13)' }).getByRole('listitem'),
    ).toHaveCount(13);
    const finishTabs = await tabTo(
      page,
      page.getByRole('button', { name: 'Finish: mark Ready to submit' }),
    );
    tabs.push({ what: 'Finish', presses: finishTabs });
    // From the Review heading: the seven steps' Edit links, then Finish (it took 19 before).
    expect(finishTabs).toBeLessThanOrEqual(8);
    await page.keyboard.press('Enter');
    const goTo = page.getByRole('button', { name: 'Go to submission' });
    await expectFocused(goTo);
    await expect(page.getByText('Ready to submit.', { exact: true })).toBeVisible();
    await capture(page, '8-review', scheme);
    await expectSaved(page);
    const saved = readOrderFile(dataDir);
    expect(saved.data).toMatchObject({ status: 'ready', lastStep: 'review' });
    expect(saved.data.answers).toMatchObject({
      getStarted: { country: 'US' },
      numbers: { numberType: 'geographic', usage: 'user' },
      btn: { btn: '+14258820100', portType: 'full' },
      account: { accountNumber: '881234567', region: 'WA', authName: 'Dana Smith' },
      details: { desiredDate: '2026-12-01', startTime: '09:00' },
      authorize: { method: 'letter', signature: 'dana  smith' },
    });

    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('heading', { level: 1, name: 'Seattle main office' }));
    // Every Tab of the walk, for the record: no step needs more than a handful to reach its first field.
    const total = tabs.reduce((sum, t) => sum + t.presses, 0);
    test.info().annotations.push({ type: 'tabs', description: `${total} Tabs in all` });
    for (const { what, presses } of tabs.filter((t) => t.what.startsWith('Next to ')))
      expect(presses, what).toBeLessThanOrEqual(40);
  });
}
