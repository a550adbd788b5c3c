import { join } from 'node:path';

import type { CreateConf } from '@main/storage/conf-like';
import { expect, expectAccessible, test } from '@test/support/fixtures';
import { screenshots } from '@test/support/screenshots';
import { createTestConf } from '@tools/harness';

import { fixClock, fixedNow, readOrderFile, stepHeading } from './wizard-helpers';

/**
 * A disk that refuses a write (full, say). The services are real; only conf's write is made
 * to fail the way the OS reports it, because a full disk cannot be arranged portably here.
 */
function diskThatCanFill(): { createConf: CreateConf; full: { value: boolean } } {
  const full = { value: false };
  const createConf: CreateConf = (options) => {
    const conf = createTestConf(options);
    return {
      get path() {
        return conf.path;
      },
      get store() {
        return conf.store;
      },
      set store(value) {
        if (full.value)
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        conf.store = value;
      },
    };
  };
  return { createConf, full };
}

for (const scheme of ['light', 'dark'] as const) {
  test(`a write the disk refuses says Not saved, keeps the typing on the page, and Retry saves it (${scheme})`, async ({
    page,
    launch,
    dataDir,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await fixClock(page);
    const disk = diskThatCanFill();
    await launch({ now: () => fixedNow, createConf: disk.createConf });
    await page.getByRole('button', { name: 'Start a port order' }).click();
    for (const step of [
      'Phone numbers',
      'BTN',
      'Account information',
      'Documents',
      'Porting details',
    ])
      await page.getByRole('button', { name: `Next: ${step}` }).click();

    disk.full.value = true;
    const name = page.getByRole('textbox', { name: 'Order name' });
    await name.fill('Typed while the disk was full');
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await expect(alert).toContainText('the disk is full');
    await expect(alert).toContainText('What you typed is still on this page.');
    await expectAccessible(page);
    await page.screenshot({ path: join(screenshots, `wizard-not-saved-${scheme}.png`) });

    // Leaving the step would drop the typing: the page stays, with it.
    await page.getByRole('button', { name: 'Next: Authorize and submit' }).click();
    await expect(stepHeading(page, 6, 'Porting details')).toBeVisible();
    await expect(name).toHaveValue('Typed while the disk was full');
    expect(readOrderFile(dataDir).data.answers['details']!['orderName']).toBe('');

    disk.full.value = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: 'saved on this computer' }),
    ).toBeVisible();
    expect(readOrderFile(dataDir).data.answers['details']!['orderName']).toBe(
      'Typed while the disk was full',
    );
    await page.getByRole('button', { name: 'Next: Authorize and submit' }).click();
    await expect(stepHeading(page, 7, 'Authorize and submit')).toBeVisible();
  });
}
