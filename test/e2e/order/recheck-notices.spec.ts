import type { Page } from '@playwright/test';
import { recheckMessage } from '@shared/order/check-order';
import { accountFieldLabels, postalCodeLabel, regionLabel } from '@shared/order/field-labels';
import { rejectionReasons } from '@shared/order/lifecycle';
import { answerStepIds, stepIds, stepTitles } from '@shared/order/steps';
import type { Order, SaveOrderStepInput } from '@shared/schemas/order';
import type { RejectionReason } from '@shared/schemas/order-status';
import { expect, expectAccessible, test } from '@test/support/fixtures';
import type { RunningApp } from '@tools/harness';
import { validAnswers, validNumbersSource } from '@tools/valid-order';

import { captureWhole, fixClock, fixedNow } from '../wizard/wizard-helpers';

/** An order finished, submitted and rejected for `reason`, then recreated: the draft main returns. */
async function recreatedAfter(app: RunningApp, reason: RejectionReason): Promise<Order> {
  const answers = validAnswers(fixedNow);
  // The carrier PIN field shows only when a PIN is needed: needed here, so its notice can show.
  answers.account = { ...answers.account, carrierNeedsPin: true };
  const { id } = await app.ok('createOrder');
  await app.ok('saveOrderNumbers', { id, source: validNumbersSource });
  for (const step of answerStepIds)
    await app.ok('saveOrderStep', { id, step, values: answers[step] } as SaveOrderStepInput);
  await app.ok('setCarrierPin', { id, pin: '1234' });
  await app.ok('finishOrder', { id });
  await app.ok('recordOrderStatus', {
    id,
    status: 'processing',
    microsoftOrderId: 'PO-1',
    submittedOn: '2026-11-23',
    authorizedWith: 'signedLetter',
  });
  await app.ok('recordOrderStatus', { id, status: 'error', reason, details: '' });
  return app.ok('recreateOrder', { id });
}

const reasons = (Object.keys(rejectionReasons) as RejectionReason[]).filter(
  (reason) => rejectionReasons[reason].fields.length > 0,
);

/** Each answer a rejection can name, by the label its control has on screen (a US order). */
const labels: Record<string, string> = {
  ...accountFieldLabels,
  region: regionLabel('US'),
  postalCode: postalCodeLabel('US'),
  checklist: 'Confirm each of these with the current carrier',
  numbers: 'Type or paste numbers',
  portType: 'Which numbers on the account move to Microsoft?',
  desiredDate: 'Desired date',
  signature: 'Name under the signature (type the full name)',
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The field shows the recheck notice, or an error of its own (which comes first): either way the admin sees it. */
async function expectHighlighted(page: Page, field: string, notice: string): Promise<void> {
  const label = labels[field];
  expect(label, `a label for ${field}`).toBeDefined();
  const root = page.locator('.fui-Field').filter({
    has: page.locator('.fui-Field__label', { hasText: new RegExp(`^${escape(label!)}\\s*\\*?$`) }),
  });
  await expect(root, field).toHaveCount(1);
  const message = root.locator('.fui-Field__validationMessage');
  await expect(message, field).toBeVisible();
  if ((await message.textContent()) !== notice)
    await expect(root.locator('[aria-invalid="true"]'), `${field}: its own error`).toHaveCount(1);
}

test('after a rejection, every answer the reason names is highlighted on its step, whatever its control', async ({
  page,
  launch,
}) => {
  test.setTimeout(120_000);
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  for (const reason of reasons) {
    const draft = await recreatedAfter(app, reason);
    const notice = recheckMessage(draft.recheck!);
    await page.reload();
    await page.getByRole('button', { name: draft.answers.details.orderName, exact: true }).click();
    for (const step of answerStepIds) {
      const fields = rejectionReasons[reason].fields.filter((f) => f.step === step);
      if (fields.length === 0) continue;
      const number = stepIds.indexOf(step) + 1;
      await page
        .getByRole('button', { name: new RegExp(`^${number}\\. ${escape(stepTitles[step])},`) })
        .click();
      for (const { field } of fields) await expectHighlighted(page, field, notice);
      if (reason === 'focRejected') {
        // The desired date: highlighted since FormField frames the date picker too.
        await expect(page.getByText(notice, { exact: true })).toBeVisible();
        await expectAccessible(page);
        await captureWhole(page, 'recheck-desired-date.png');
        await page.emulateMedia({ colorScheme: 'dark' });
        await captureWhole(page, 'recheck-desired-date-dark.png');
        await page.emulateMedia({ colorScheme: 'light' });
      }
    }
    // The draft claims the numbers: deleted, the next reason's order can have them.
    await app.ok('deleteOrder', { id: draft.id });
  }
});
