import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from '@playwright/test';
import { recordPdf } from '@test/support/carrier-record-text';
import { expect, expectAccessible, type Fixtures, test } from '@test/support/fixtures';
import { noDialogs } from '@tools/harness';
import { validAnswers } from '@tools/valid-order';

import { captureWhole, fixClock, fixedNow, seedAndOpen, stepHeading } from './wizard-helpers';

/** The order's carrier, as its CSR prints: one account number digit and the street number differ, the names are the carrier's. */
const recordLines = [
  'NORTHWIND TELECOM                    CUSTOMER SERVICE RECORD',
  'DATE OF RECORD: 11/16/2026',
  'ACCOUNT NO:  NW12345679              BTN:  425 882-0100',
  'BILLING NAME:  CONTOSO LTD',
  'SVC ADDR:  100 MAIN ST',
  '           SEATTLE WA 98101',
  'AUTHORIZED:  WHITFIELD, DANA',
  '',
  'TN  425 882-0100  BUSINESS LINE',
  'TN  425 882-0101  BUSINESS LINE',
];

/**
 * The Documents step of a valid draft in `scheme`, the file dialog answering with the carrier's
 * record as a real PDF with a text layer (`Northwind CSR.pdf`).
 */
async function openDocumentsStep(
  { page, launch, dataDir }: Pick<Fixtures, 'launch' | 'dataDir'> & { page: Page },
  scheme: 'light' | 'dark',
): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await fixClock(page);
  const pdf = join(dataDir, 'Northwind CSR.pdf');
  writeFileSync(pdf, await recordPdf(recordLines.join('\n')));
  const app = await launch({
    now: () => fixedNow,
    dialogs: { ...noDialogs, chooseDocumentFile: () => Promise.resolve(pdf) },
  });
  await seedAndOpen(page, app, validAnswers(fixedNow), 'documents');
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the carrier's record: attached, compared, the carrier's wording taken, the address fixed, a mismatch confirmed, finished (${scheme})`, async ({
    page,
    launch,
    dataDir,
  }) => {
    await openDocumentsStep({ page, launch, dataDir }, scheme);
    await expect(stepHeading(page, 5, 'Documents')).toBeVisible();

    const panel = page.getByRole('region', { name: 'Carrier record' });
    await panel.getByRole('button', { name: 'Attach the record (PDF)' }).click();
    await expect(
      panel.getByText('Read from Northwind CSR.pdf, attached November 23, 2026.'),
    ).toBeVisible();
    await expect(panel.getByText('2 mismatches with the carrier’s record')).toBeVisible();
    const row = (field: string) =>
      panel.getByRole('row').filter({ has: page.getByRole('cell', { name: field, exact: true }) });
    await expect(row('Company name')).toContainText('Written differently');
    await expect(row('Account number')).toContainText('Mismatch');
    await expect(row('Street')).toContainText('different street number (1 and 100)');
    await expectAccessible(page);
    await captureWhole(page, `carrier-record-${scheme}.png`);

    // The carrier's wording, with Undo and a trace.
    await row('Company name').getByRole('button', { name: 'Use the carrier’s wording' }).click();
    await expect(
      panel.getByText('Company name is now “CONTOSO LTD” (it was “Contoso”).'),
    ).toBeVisible();
    await expect(row('Company name')).toContainText('Matches');

    // The address is fixed at its field, where the mismatch shows too.
    await page.getByRole('button', { name: '4. Account information, complete' }).click();
    const street = page.getByRole('textbox', { name: 'Street' });
    await expect(
      page.getByText(/Carrier record: Service address: the order's "1 Main St"/),
    ).toBeVisible();
    await street.fill('100 Main St');
    await page.getByRole('button', { name: '5. Documents, complete' }).click();
    await expect(panel.getByText('1 mismatch with the carrier’s record')).toBeVisible();

    // Finish waits for the last one (Review says so and leads back), then takes the admin's reason.
    await page.getByRole('button', { name: '8. Review, complete' }).click();
    await expect(page.getByText('1 mismatch with the carrier’s record')).toBeVisible();
    await page.getByRole('button', { name: 'Finish: mark Ready to submit' }).click();
    await expect(page.getByText(/still disagrees with this order on 1 point/)).toBeVisible();
    await page.getByRole('button', { name: 'Compare on the Documents step' }).click();
    await row('Account number').getByRole('button', { name: 'Keep the order’s answer…' }).click();
    await row('Account number')
      .getByRole('textbox', { name: /Why is the order’s account number right/ })
      .fill('The carrier moved the account to NW12345678 last week.');
    await row('Account number').getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect(row('Account number')).toContainText('Confirmed');
    await expect(panel.getByText('No mismatch left with the carrier’s record.')).toBeVisible();
    await captureWhole(page, `carrier-record-confirmed-${scheme}.png`);
    await page.getByRole('button', { name: '8. Review, complete' }).click();
    await expect(page.getByText('No mismatch left with the carrier’s record.')).toBeVisible();
    await page.getByRole('button', { name: 'Finish: mark Ready to submit' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Ready to submit' }).first(),
    ).toBeVisible();
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`a record attached under Files for the carrier is compared from the panel in one click (${scheme})`, async ({
    page,
    launch,
    dataDir,
  }) => {
    await openDocumentsStep({ page, launch, dataDir }, scheme);
    await page.getByRole('button', { name: 'Attach the CSR or Equipment Record (PDF)…' }).click();
    await expect(page.getByRole('list', { name: 'Attached documents' })).toContainText(
      'Northwind CSR.pdf',
    );
    const panel = page.getByRole('region', { name: 'Carrier record' });
    await panel
      .getByRole('button', { name: 'Compare the attached record “Northwind CSR.pdf”' })
      .click();
    await expect(
      panel.getByText('Read from Northwind CSR.pdf, attached November 23, 2026.'),
    ).toBeVisible();
    await expect(panel.getByText('2 mismatches with the carrier’s record')).toBeVisible();
    await captureWhole(page, `carrier-record-compare-attached-${scheme}.png`);
  });
}
