import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { orderFilePattern, ordersDir } from '@main/services/orders/order-files';
import { expect, type Locator, type Page } from '@playwright/test';
import { answerStepIds, type StepId } from '@shared/order/steps';
import type { SaveOrderStepInput } from '@shared/schemas/order';
import type { OrderAnswers } from '@shared/schemas/order-answers';
import { listFileOf } from '@test/support/data-files';
import { screenshots } from '@test/support/screenshots';
import type { RunningApp } from '@tools/harness';
import { validNumbersSource } from '@tools/valid-order';
export { screenshots };

/** Monday, November 23, 2026, 10:00 local: the earliest US desired date is then Tuesday, December 1 (Thanksgiving inside). */
export const fixedNow = new Date(2026, 10, 23, 10, 0, 0);

/** Fixes the page's clock (timers still run, so autosave does) to the same moment main is given. */
export async function fixClock(page: Page): Promise<void> {
  await page.clock.setFixedTime(fixedNow);
}

/** Presses Tab until `target` has focus, as an admin without a mouse would; fails if it never does. Returns the presses. */
export async function tabTo(page: Page, target: Locator, max = 150): Promise<number> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return i;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Waits until `target` has focus (after an action moved it there by itself). */
export async function expectFocused(target: Locator): Promise<void> {
  await expect.poll(() => target.evaluate((el) => el === document.activeElement)).toBe(true);
}

/** The current step's heading, e.g. "Step 4 of 8: Account information". */
export function stepHeading(page: Page, number: number, title: string): Locator {
  return page.getByRole('heading', { level: 2, name: `Step ${number} of 8: ${title}` });
}

/** The one order file in the data folder, parsed, read straight from disk (no flush). */
export function readOrderFile(dataDir: string): {
  data: { answers: Record<string, Record<string, unknown>>; lastStep: string };
} {
  const dir = ordersDir(dataDir);
  const files = readdirSync(dir).filter((f) => orderFilePattern.test(f));
  expect(files).toHaveLength(1);
  return JSON.parse(readFileSync(join(dir, files[0]!), 'utf8')) as ReturnType<typeof readOrderFile>;
}

/** The one order's number list as on disk (no flush). */
export function readNumbersSource(dataDir: string): string {
  const [order] = readdirSync(ordersDir(dataDir)).filter((f) => orderFilePattern.test(f));
  const id = orderFilePattern.exec(order!)![1]!;
  return (JSON.parse(readFileSync(listFileOf(dataDir, id), 'utf8')) as { data: { source: string } })
    .data.source;
}

/** Waits until the page says everything typed is saved. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(
    page.getByRole('status').filter({ hasText: 'saved on this computer' }),
  ).toBeVisible();
}

/**
 * A screenshot of the whole page: the frame scrolls inside `main`, which Playwright's
 * fullPage cannot see, so the window is made as tall as the content for the shot.
 */
export async function captureWhole(page: Page, file: string): Promise<void> {
  const before = page.viewportSize() ?? { width: 1280, height: 800 };
  const content = await page
    .locator('main')
    .evaluate((el) => el.scrollHeight + el.getBoundingClientRect().top);
  await page.setViewportSize({
    width: before.width,
    height: Math.max(before.height, Math.ceil(content)),
  });
  // Transitions finished: a theme switched just before would otherwise be caught half-way.
  await page.screenshot({ path: join(screenshots, file), animations: 'disabled' });
  await page.setViewportSize(before);
}

/** Creates an order through the real dispatcher (as if typed earlier) and opens it from the list. */
export async function seedAndOpen(
  page: Page,
  app: RunningApp,
  answers: OrderAnswers,
  lastStep: StepId = 'review',
  numbersSource = validNumbersSource,
): Promise<string> {
  const order = await app.ok('createOrder');
  await app.ok('saveOrderNumbers', { id: order.id, source: numbersSource });
  for (const step of answerStepIds) {
    await app.ok('saveOrderStep', {
      id: order.id,
      step,
      values: answers[step],
    } as SaveOrderStepInput);
    await app.ok('visitOrderStep', { id: order.id, step });
  }
  await app.ok('visitOrderStep', { id: order.id, step: lastStep });
  await page.reload();
  await page.getByRole('button', { name: answers.details.orderName, exact: true }).click();
  return order.id;
}
