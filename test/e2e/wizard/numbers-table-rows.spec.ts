import { type Page } from '@playwright/test';
import { expect, test } from '@test/support/fixtures';
import { validAnswers } from '@tools/valid-order';

import { fixClock, fixedNow, seedAndOpen, stepHeading } from './wizard-helpers';

/**
 * The numbers table shows other rows in the same elements as it scrolls (row-slots.ts): each
 * row must still sit at its own place with its own height, in the list's order, and the row
 * that has the keyboard must keep it.
 */

// 3,000 lines: valid numbers, and now and then a line that cannot be read, with messages of
// several lengths (so rows of several heights share elements as the list scrolls).
const source = Array.from({ length: 3_000 }, (_, i) => {
  if (i % 7 === 3) return `not a number ${'x'.repeat(i % 90)}`;
  if (i % 11 === 5) return '+44 20 7946 0958';
  return String(4258820000 + i);
}).join('\n');

const scroller = (page: Page) => page.getByRole('rowgroup', { name: 'Numbers, scrollable' });

/** The rows drawn, in document order: their line, place and height. */
const drawnRows = (page: Page) =>
  scroller(page).evaluate((body) =>
    [...body.querySelectorAll<HTMLElement>('[role="row"]')].map((row) => {
      const box = row.getBoundingClientRect();
      return {
        rowIndex: Number(row.getAttribute('aria-rowindex')),
        top: box.top,
        height: box.height,
      };
    }),
  );

async function fastScroll(page: Page, frames: number, step: number) {
  await scroller(page).evaluate(
    async (body, { frames, step }) => {
      for (let i = 0; i < frames; i++) {
        body.scrollTop += step;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    },
    { frames, step },
  );
}

test.beforeEach(async ({ page, launch }) => {
  await fixClock(page);
  const app = await launch({ now: () => fixedNow });
  await seedAndOpen(page, app, validAnswers(fixedNow), 'numbers', source);
  await expect(stepHeading(page, 2, 'Phone numbers')).toBeVisible();
  await expect(page.getByRole('button', { name: 'All: 3,000' })).toBeVisible();
});

test('after a fast scroll each row sits right under the one before, at its own height, in the list order', async ({
  page,
}) => {
  for (const [frames, step] of [
    [40, 1_500],
    [30, -700],
    [60, 37],
  ] as const) {
    await fastScroll(page, frames, step);
    // The rows' sizes are measured before the next frame is painted: two frames later all is laid out.
    await fastScroll(page, 2, 0);
    const rows = await drawnRows(page);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.map((r) => r.rowIndex)).toEqual(
      [...rows.map((r) => r.rowIndex)].sort((a, b) => a - b),
    );
    for (let i = 1; i < rows.length; i++) {
      if (rows[i]!.rowIndex !== rows[i - 1]!.rowIndex + 1) continue;
      expect(Math.abs(rows[i]!.top - (rows[i - 1]!.top + rows[i - 1]!.height))).toBeLessThan(1);
    }
  }
});

test('the row that has the keyboard keeps it when the list scrolls away and back', async ({
  page,
}) => {
  const usage = page.getByRole('combobox', { name: 'Usage of +14258820002' });
  await usage.focus();
  await fastScroll(page, 20, 1_500);
  // Out of view, and still the element with the keyboard, for the same number.
  const [view, select] = await Promise.all([scroller(page).boundingBox(), usage.boundingBox()]);
  expect(select!.y + select!.height).toBeLessThan(view!.y);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(focused).toBe('Usage of +14258820002');
  await scroller(page).evaluate((body) => (body.scrollTop = 0));
  await expect(usage).toBeFocused();
  const before = await usage.inputValue();
  await page.keyboard.press(before === 'conference' ? 'ArrowUp' : 'ArrowDown');
  await expect(usage).not.toHaveValue(before);
  await expect(page.getByRole('combobox', { name: 'Usage of +14258820001' })).toHaveValue(before);
});

test('rows coming into view take the elements of rows that left', async ({ page }) => {
  // Every row element drawn now is marked; after a fast scroll the plain rows are mostly those.
  await scroller(page).evaluate((body) => {
    for (const row of body.querySelectorAll('[role="row"]'))
      (row as HTMLElement & { drawnBefore?: boolean }).drawnBefore = true;
  });
  await fastScroll(page, 5, 1_500);
  const reused = await scroller(page).evaluate((body) => {
    const rows = [
      ...body.querySelectorAll<HTMLElement & { drawnBefore?: boolean }>('[role="row"]'),
    ];
    // A row with a message keeps an element of its own (the virtualizer measures it).
    const plain = rows.filter(
      (r) => r.querySelector('[id^="number-check-"]')?.textContent === 'OK',
    );
    return { plain: plain.length, reused: plain.filter((r) => r.drawnBefore).length };
  });
  expect(reused.plain).toBeGreaterThan(5);
  expect(reused.reused).toBeGreaterThanOrEqual(reused.plain / 2);
});
