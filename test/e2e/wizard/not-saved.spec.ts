import { join } from 'node:path';

import { fillableDisk } from '@test/support/fillable-disk';
import { expect, expectAccessible, test } from '@test/support/fixtures';
import { screenshots } from '@test/support/screenshots';

import { fixClock, fixedNow, readOrderFile, stepHeading } from './wizard-helpers';

for (const scheme of ['light', 'dark'] as const) {
  test(`a write the disk refuses says Not saved, keeps the typing on the page, and Retry saves it (${scheme})`, async ({
    page,
    launch,
    dataDir,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await fixClock(page);
    const { disk, createConf } = fillableDisk();
    await launch({ now: () => fixedNow, createConf });
    await page.getByRole('button', { name: 'Start a port order' }).click();
    for (const step of [
      'Phone numbers',
      'BTN',
      'Account information',
      'Documents',
      'Porting details',
    ])
      await page.getByRole('button', { name: `Next: ${step}` }).click();

    disk.full = true;
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

    disk.full = false;
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
