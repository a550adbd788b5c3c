import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type Page } from '@playwright/test';
import { launchApp } from '@tools/harness';
import { numbersDataset } from '@tools/numbers-dataset';
import { validAnswers } from '@tools/valid-order';

import { findChromium } from '../find-chromium.mjs';
import type { Figure } from './measure';

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
  }
}

/** The built page in Chromium: a 100,000-number import, the time to its first rows, and scrolling them. */
export async function browserFigures(): Promise<Figure[]> {
  const found = findChromium();
  if (found.kind === 'none')
    throw new Error(
      'No Chromium for the browser figures (see scripts/find-chromium.mjs), or run with --no-browser.',
    );
  const browser = await chromium.launch({
    ...(found.path ? { executablePath: found.path } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), 'portdesk-bench-ui-'));
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Every task over 50 ms the page runs (the browser's own definition of a long task).
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const app = await launchApp(page, dir);
    const order = await app.services.handlers.createOrder(undefined);
    const answers = validAnswers(new Date());
    await app.services.handlers.saveOrderStep({
      id: order.id,
      step: 'details',
      values: answers.details,
    });
    await app.services.handlers.visitOrderStep({ id: order.id, step: 'numbers' });
    await page.reload();
    await page.getByRole('button', { name: 'Seattle main office', exact: true }).click();

    const file = join(dir, 'numbers.csv');
    writeFileSync(file, numbersDataset({ size: 100_000, seed: 4 }).text);
    const importStart = await page.evaluate(() => performance.now());
    await page.getByLabel('Numbers file').setInputFiles(file);
    await page.getByRole('button', { name: 'All: 100,000' }).waitFor({ timeout: 60_000 });
    // The last check is the import's (the one on opening may have been stopped by it); its rows follow.
    await page.waitForFunction(() => {
      const checked = performance.getEntriesByName('portdesk:numbers-checked').at(-1);
      return (
        checked !== undefined &&
        performance
          .getEntriesByName('portdesk:numbers-rendered')
          .some((m) => m.startTime >= checked.startTime)
      );
    });
    const firstRows = await page.evaluate(() => {
      const checked = performance.getEntriesByName('portdesk:numbers-checked').at(-1)!.startTime;
      const rendered = performance
        .getEntriesByName('portdesk:numbers-rendered')
        .filter((m) => m.startTime >= checked)[0]!.startTime;
      return rendered - checked;
    });
    const longestImportTask = await longestSince(page, importStart);

    // Main has the list (its save has come back) and the page is idle: what follows is scrolling alone.
    for (
      let i = 0;
      i < 100 &&
      (await app.services.handlers.listOrders(undefined)).orders[0]?.numberCount !== 100_000;
      i++
    )
      await page.waitForTimeout(100);
    // ...and the page has run no long task for a second (the import's last work, a garbage collection, is over).
    await page.waitForFunction(
      () =>
        performance.now() - Math.max(0, ...window.__longTasks.map((t) => t.start + t.duration)) >
        1000,
      undefined,
      { timeout: 20_000 },
    );
    const scrollStart = await page.evaluate(() => performance.now());
    await page.evaluate(async () => {
      const scroller = document.querySelector('[aria-label="Numbers, scrollable"]')!;
      for (let i = 0; i < 120; i++) {
        scroller.scrollTop += 1500;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await page.waitForTimeout(300);
    const longestScrollTask = await longestSince(page, scrollStart);
    return [
      {
        name: 'first rows on screen after a 100,000-number check finishes',
        value: firstRows,
        unit: 'ms',
        target: 1000,
        better: 'lower',
      },
      {
        name: 'longest task while scrolling the 100,000 rows (0 = none over 50 ms)',
        value: longestScrollTask,
        unit: 'ms',
        target: 50,
        better: 'lower',
      },
      {
        name: '  longest task on the page during the import (context)',
        value: longestImportTask,
        unit: 'ms',
        target: undefined,
        better: 'lower',
      },
    ];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The longest long task (over 50 ms) the page ran since `start`, or 0 when there was none. */
async function longestSince(page: Page, start: number): Promise<number> {
  return page.evaluate(
    (since) =>
      Math.max(0, ...window.__longTasks.filter((t) => t.start >= since).map((t) => t.duration)),
    start,
  );
}
