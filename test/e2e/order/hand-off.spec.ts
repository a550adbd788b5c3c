import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { answerStepIds } from '@shared/order/steps';
import type { SaveOrderStepInput } from '@shared/schemas/order';
import { listFileOf, orderFileIn } from '@test/support/data-files';
import { expect, expectAccessible, test } from '@test/support/fixtures';
import { launchApp, noDialogs } from '@tools/harness';
import { validAnswers, validNumbersSource, validOrganization } from '@tools/valid-order';

import { fixClock, fixedNow, screenshots } from '../wizard/wizard-helpers';

test('an order exported to a .portorder file comes into a fresh data folder whole, and a second time as a copy', async ({
  page,
  context,
  launch,
  dataDir,
}) => {
  const file = join(dataDir, 'Seattle main office.portorder');
  await fixClock(page);
  const sender = await launch({
    now: () => fixedNow,
    dialogs: { ...noDialogs, chooseOrderSaveFile: () => Promise.resolve(file) },
  });
  const { handlers } = sender.services;
  // The sender's organization travels with the order, for the colleague to add.
  await handlers.saveOrganization(validOrganization);
  const { id } = await handlers.createOrder(undefined);
  await handlers.saveOrderNumbers({ id, source: validNumbersSource });
  const answers = validAnswers(fixedNow);
  for (const step of answerStepIds)
    await handlers.saveOrderStep({ id, step, values: answers[step] } as SaveOrderStepInput);
  await handlers.finishOrder({ id });
  await handlers.recordOrderStatus({
    id,
    status: 'processing',
    microsoftOrderId: 'PO-2026-1123',
    submittedOn: '2026-11-23',
    authorizedWith: 'signedLetter',
  });
  await page.reload();
  await page.getByRole('button', { name: 'Seattle main office', exact: true }).click();
  await page.getByRole('button', { name: 'Export for a colleague (.portorder)' }).click();
  await expect(page.getByText(`Saved ${file}. The carrier PIN is not in it`)).toBeVisible();

  // A colleague's computer: another data folder, another window.
  const otherDir = mkdtempSync(join(tmpdir(), 'portdesk-e2e-colleague-'));
  const other = await context.newPage();
  await fixClock(other);
  const receiver = await launchApp(other, otherDir, {
    now: () => fixedNow,
    dialogs: { ...noDialogs, chooseOrderFile: () => Promise.resolve(file) },
  });
  try {
    await expect(other.getByRole('heading', { name: 'No port orders yet' })).toBeVisible();
    await other.getByRole('button', { name: 'Import a port order' }).click();
    const imported = other.getByRole('dialog', { name: 'Imported “Seattle main office”' });
    await expect(imported).toContainText('sent from the organization “Contoso” (Seattle)');
    await imported.getByRole('button', { name: 'Add “Contoso”' }).click();
    await expect(imported).toContainText('Added the organization “Contoso”');
    expect((await receiver.ok('listOrganizations')).organizations.map((o) => o.name)).toEqual([
      'Contoso',
    ]);
    await imported.getByRole('button', { name: 'Open the order' }).click();
    await expect(
      other.getByRole('heading', { name: 'Seattle main office', exact: true }),
    ).toBeVisible();
    await expect(other.getByRole('status').filter({ hasText: 'Processing' })).toBeVisible();
    await expect(other.getByText('Imported from Seattle main office.portorder.')).toBeVisible();
    await expect(
      other.getByText(
        "Submitted in the admin center on Monday, November 23, 2026. Microsoft's order ID: PO-2026-1123.",
      ),
    ).toBeVisible();
    receiver.services.flushAll();
    const written = JSON.parse(readFileSync(orderFileIn(otherDir, id), 'utf8')) as {
      data: { status: string; answers: unknown };
    };
    expect(written.data.status).toBe('processing');
    expect(written.data.answers).toEqual(answers);
    const numbers = JSON.parse(readFileSync(listFileOf(otherDir, id), 'utf8')) as {
      data: { source: string };
    };
    expect(numbers.data.source).toBe(validNumbersSource);

    // The same file again: the order is already here, so it comes in beside it as a copy.
    await other.getByRole('button', { name: 'All port orders' }).click();
    await other.getByRole('button', { name: 'Import a port order' }).click();
    // Not newer than the order here (and that one is submitted): a copy, and why its numbers are flagged.
    const copy = other.getByRole('dialog', { name: 'Imported “Seattle main office (copy)”' });
    await expect(copy).toContainText(
      'Its 2 numbers are in “Seattle main office” too, and a number goes in one order only',
    );
    await expectAccessible(other);
    await other.screenshot({ path: join(screenshots, 'hand-off-copy-explained.png') });
    await copy.getByRole('button', { name: 'Open the order' }).click();
    await expect(other.getByRole('heading', { name: 'Seattle main office (copy)' })).toBeVisible();
    await other.getByRole('button', { name: 'All port orders' }).click();
    await expect(other.getByRole('button', { name: /^Seattle main office/ })).toHaveCount(2);
  } finally {
    receiver.services.flushAll();
    await other.close();
    rmSync(otherDir, { recursive: true, force: true });
  }
});
