import { join } from 'node:path';

import { screenshots } from '@test/support/screenshots';

import { expect, expectAccessible, test } from '../support/fixtures';

const pages = [
  { nav: 'Port orders', heading: 'Port orders', file: 'port-orders' },
  { nav: 'Port-out PIN', heading: 'Set or change your port-out PIN', file: 'port-out-pin' },
  { nav: 'Settings', heading: 'Settings', file: 'settings' },
] as const;

for (const scheme of ['light', 'dark'] as const) {
  test(`every page renders, passes axe and is captured in ${scheme} mode`, async ({
    page,
    launch,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await launch();
    const nav = page.getByRole('navigation', { name: 'PortDesk' });
    await expect(nav.getByRole('tab')).toHaveCount(pages.length);
    for (const { nav: label } of pages)
      await expect(nav.getByRole('tab', { name: label, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'No port orders yet' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start a port order' })).toBeVisible();

    for (const { nav: label, heading, file } of pages) {
      await nav.getByRole('tab', { name: label }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectAccessible(page);
      await page.screenshot({ path: join(screenshots, `${file}-${scheme}.png`) });
    }
  });
}

test('follows the operating system between light and dark while the theme is System', async ({
  page,
  launch,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await launch();
  // The frame's own background, which the Fluent theme colours.
  const frame = page.locator('main').locator('..');
  const background = () => frame.evaluate((el) => getComputedStyle(el).backgroundColor);
  await expect(page.getByRole('heading', { level: 1, name: 'Port orders' })).toBeVisible();
  const lightBackground = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).not.toBe(lightBackground);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).toBe(lightBackground);
});

test('the empty state starts a port order at Get started, and links to the PIN', async ({
  page,
  launch,
}) => {
  await launch();
  // A Fluent Link without href is a button: it changes the page in place, it goes nowhere.
  await page.getByRole('button', { name: 'Set up and manage the PIN' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Set or change your port-out PIN' }),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Port orders' }).click();
  await page.getByRole('button', { name: 'Start a port order' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Step 1 of 8: Get started' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Have ready' })).toBeVisible();
  await expect(
    page.getByRole('checkbox', {
      name: 'The account has no freeze (lifting one takes 1 to 3 weeks).',
    }),
  ).toBeVisible();
});
