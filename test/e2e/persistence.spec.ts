import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Locator, Page } from '@playwright/test';
import { channelNames } from '@shared/contract';
import { screenshots } from '@test/support/screenshots';

import { expect, expectAccessible, test } from '../support/fixtures';

/** Presses Tab until `target` has focus (at most 30 times), as a keyboard user moves through a page. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 30; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('settings chosen with the keyboard alone survive a restart of the app', async ({
  page,
  launch,
  dataDir,
}) => {
  const app = await launch();
  await expect(page.getByRole('heading', { level: 1, name: 'Port orders' })).toBeVisible();

  // Keyboard only: skip link first, then into the navigation, arrows to Settings.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: 'Port orders' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const system = page.getByRole('radio', { name: 'Same as the operating system' });
  await tabTo(page, system);
  // Fluent marks keyboard focus so its focus ring shows.
  await expect(page.locator('[data-fui-focus-visible]')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.getByRole('status').getByText('Saved', { exact: true })).toBeVisible();

  await app.restart();
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  const onDisk = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as unknown;
  expect(onDisk).toEqual({ schemaVersion: 1, data: { theme: 'dark' } });
});

test('a corrupt settings file is moved aside, the app starts and says where the backup is', async ({
  page,
  launch,
  dataDir,
}) => {
  const garbage = '{"schemaVersion":1,"data":{"theme":"da';
  await writeFile(join(dataDir, 'settings.json'), garbage);
  const app = await launch();

  const notice = page.getByText(/could not be read/);
  await expect(page.getByText('Settings were reset')).toBeVisible();
  await expect(notice).toContainText('Nothing was deleted');
  const [first] = await app.ok('getStartupNotices');
  expect(first?.backupPath).toMatch(/settings\.unreadable-.*\.json$/);
  await expect(notice).toContainText(first!.backupPath!);
  expect(await readFile(first!.backupPath!, 'utf8')).toBe(garbage);
  await expectAccessible(page);
  await page.screenshot({
    path: join(screenshots, 'data-file-recovered.png'),
  });

  await page.getByRole('button', { name: 'Show backup' }).click();
  await expect.poll(() => app.revealed).toEqual([first!.backupPath]);
  await page.getByRole('button', { name: 'Dismiss: Settings were reset' }).click();
  await expect(page.getByText('Settings were reset')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Port orders' })).toBeVisible();
});

test('main refuses an invalid input from the page with a typed error and writes nothing', async ({
  page,
  launch,
  dataDir,
}) => {
  await launch();
  await expect(page.getByRole('heading', { level: 1, name: 'Port orders' })).toBeVisible();
  const file = join(dataDir, 'settings.json');
  const before = await readFile(file, 'utf8');

  const refused = await page.evaluate(() =>
    window.portdesk!.updateSettings({ theme: 'purple' } as never),
  );
  expect(refused).toEqual({
    ok: false,
    error: {
      code: 'invalid-input',
      message: 'Theme: choose System, Light or Dark.',
      field: 'theme',
    },
  });
  const stray = await page.evaluate(() =>
    window.portdesk!.updateSettings({ theme: 'dark', path: '/etc' } as never),
  );
  expect(stray).toMatchObject({
    ok: false,
    error: { code: 'invalid-input', message: expect.stringContaining('"path"') },
  });

  await page.waitForTimeout(400); // longer than the store's write coalescing window
  expect(await readFile(file, 'utf8')).toBe(before);
  // The page has no way to reach main but the contract's named functions.
  expect(await page.evaluate(() => Object.keys(window.portdesk!).sort())).toEqual(
    [...channelNames].sort(),
  );
});

test('the Content-Security-Policy blocks an injected inline script', async ({
  page,
  launch,
  pageProblems,
}) => {
  await launch();
  await expect(page.getByRole('heading', { level: 1, name: 'Port orders' })).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect
    .poll(() => pageProblems.some((p) => p.includes('Content Security Policy')))
    .toBe(true);
  pageProblems.length = 0; // the violation was the point of this test
});
