import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { orderFilesIn } from '@test/support/data-files';
import { expect, expectAccessible, test } from '@test/support/fixtures';
import { noDialogs } from '@tools/harness';
import { validAnswers } from '@tools/valid-order';
import { PDFDocument } from 'pdf-lib';

import {
  captureWhole,
  fixClock,
  fixedNow,
  screenshots,
  seedAndOpen,
} from '../wizard/wizard-helpers';

async function signedScan(path: string): Promise<void> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawText('Signed: Dana Whitfield', { x: 72, y: 700, size: 14 });
  writeFileSync(path, await doc.save());
}

test('an admin finishes, writes the package, records each status, is rejected and recreates the order', async ({
  page,
  launch,
  dataDir,
}) => {
  const out = join(dataDir, 'out');
  mkdirSync(out);
  await signedScan(join(dataDir, 'signed.pdf'));
  await fixClock(page);
  const app = await launch({
    now: () => fixedNow,
    dialogs: {
      ...noDialogs,
      chooseExportFolder: () => Promise.resolve(out),
      chooseScanFile: () => Promise.resolve(join(dataDir, 'signed.pdf')),
    },
  });
  const id = await seedAndOpen(page, app, validAnswers(fixedNow), 'review');
  await page.getByRole('button', { name: 'Finish: mark Ready to submit' }).click();
  await page.getByRole('button', { name: 'Go to submission' }).click();
  await expect(page.getByRole('heading', { name: 'Letter and submission' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Ready to submit' })).toBeVisible();

  // The letter opens with the OS's viewer (a double here), written beside the order.
  await page.getByRole('button', { name: 'Letter of authorization' }).click();
  const letter = join(orderFilesIn(dataDir, id), 'loa-us-en.pdf');
  await expect(page.getByText(`Opened ${letter} for printing.`)).toBeVisible();
  expect(app.revealed).toContain(letter);

  await page.getByRole('button', { name: 'Attach the signed letter' }).click();
  await expect(page.getByRole('button', { name: 'signed.pdf' })).toBeVisible();
  await page.getByRole('button', { name: 'Write the submission package' }).click();
  const folder = join(out, 'Seattle main office - submission package');
  await expect(page.getByText(`Wrote 5 files to ${folder}.`)).toBeVisible();
  expect(readdirSync(folder).sort()).toEqual([
    'How to submit.txt',
    'Seattle main office LOA.pdf',
    'Seattle main office numbers.csv',
    'Seattle main office signed LOA.pdf',
    'Summary.txt',
  ]);
  expect(readFileSync(join(folder, 'Seattle main office numbers.csv'), 'utf8')).toBe(
    'PhoneNumber\r\n+14258820100\r\n+14258820101\r\n',
  );
  expect(readFileSync(join(folder, 'How to submit.txt'), 'utf8')).toContain(
    "goes through the admin center's US & Canada port wizard",
  );
  expect(app.revealed.at(-1)).toBe(folder);
  await expectAccessible(page);
  await captureWhole(page, 'order-ready.png');

  // Submission: a bad ID is refused at its field, then recorded.
  await page.getByRole('button', { name: 'Record the submission' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel("Microsoft's order ID").fill('PO 1');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    dialog.getByText('use the letters, digits and dashes of the ID, without spaces'),
  ).toBeVisible();
  await dialog.getByLabel("Microsoft's order ID").fill('PO-2026-1123');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Processing' })).toBeVisible();
  await expect(
    page.getByText(
      "Submitted in the admin center on Monday, November 23, 2026. Microsoft's order ID: PO-2026-1123.",
    ),
  ).toBeVisible();
  // The order page after submitting, looked at in both schemes.
  await expectAccessible(page);
  await captureWhole(page, 'order-submitted-light.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  // The theme's colours change by transition: axe reads them once they have arrived.
  await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
  await expectAccessible(page);
  await captureWhole(page, 'order-submitted-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });
  // As in the admin center, a submitted order can still be edited, all but its country.
  await page.getByRole('button', { name: 'Edit answers' }).click();
  await page.getByRole('button', { name: /^1\. Get started/ }).click();
  await expect(page.getByRole('radio', { name: 'Canada' })).toBeDisabled();
  await expect(page.getByText('A submitted order keeps its country.')).toBeVisible();
  await page.getByRole('button', { name: /^4\. Account information/ }).click();
  await page.getByRole('textbox', { name: 'Job title' }).fill('CIO');
  await expect(
    page.getByRole('status').filter({ hasText: 'saved on this computer' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'All port orders' }).click();
  await page.getByRole('button', { name: 'Seattle main office', exact: true }).click();
  // The letter changed: it needs a new signature, and the scan is detached (kept on disk).
  await expect(page.getByText('The letter needs a new signature.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'signed.pdf' })).toHaveCount(0);
  // The scan that was sent stays listed, with the order's earlier signed letters.
  await expect(page.getByRole('list', { name: 'Earlier signed letters' })).toContainText(
    'signed.pdf (attached November 23, 2026',
  );
  await expect(page.getByRole('status').filter({ hasText: 'Processing' })).toBeVisible();
  await expectAccessible(page);
  await captureWhole(page, 'order-letter-changed.png');
  await page.getByRole('button', { name: 'Attach the signed letter' }).click();
  await expect(page.getByRole('button', { name: 'signed.pdf' })).toBeVisible();
  await expect(page.getByText('The letter needs a new signature.')).toHaveCount(0);

  // The FOC: main refuses a Saturday at its field.
  await page.getByRole('button', { name: 'Transfer approved (FOC)' }).click();
  await dialog.getByLabel('FOC date').fill('2026-12-05');
  await dialog.getByLabel('FOC time (Eastern)').fill('10:00');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('FOC date: ports happen on US business days only')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({
    path: join(screenshots, 'order-record-foc.png'),
    animations: 'disabled',
  });
  await dialog.getByLabel('FOC date').fill('2026-12-08');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Transfer approved' })).toBeVisible();
  await expect(
    page.getByText(
      'The carrier confirmed the transfer (FOC): Tuesday, December 8, 2026 at 10:00 AM Eastern.',
    ),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Record a rejection' }).click();
  await dialog.getByLabel('Reason').selectOption({ label: 'BTN mismatch' });
  await dialog.getByLabel('Details').fill('The CSR lists +14258820111 as the BTN.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Error' })).toBeVisible();
  await expect(
    page.getByText('BTN mismatch: The CSR lists +14258820111 as the BTN.'),
  ).toBeVisible();
  await captureWhole(page, 'order-error.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await captureWhole(page, 'order-error-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });

  // Recreate: a new draft opens at the BTN, highlighted, with the reason.
  await page.getByRole('button', { name: 'Recreate as a new draft' }).click();
  await expect(
    page.getByRole('heading', { name: 'Seattle main office (recreated)' }),
  ).toBeVisible();
  await expect(page.getByText('Rejected: BTN mismatch')).toBeVisible();
  await expect(
    page.getByText(
      "Check this against the carrier's record: “Seattle main office” was rejected (BTN mismatch).",
      { exact: false },
    ),
  ).toBeVisible();
  await captureWhole(page, 'order-recreated.png');
  await page.getByRole('button', { name: 'Checked' }).click();
  await expect(page.getByText('Rejected: BTN mismatch')).toBeHidden();
  await expectAccessible(page);
});
