import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type Browser, chromium, type Page } from '@playwright/test';
import { launchApp } from '@tools/harness';
import { numbersDataset } from '@tools/numbers-dataset';
import { validAnswers } from '@tools/valid-order';

import { findChromium } from '../find-chromium.mjs';
import { type Figure, median, spread } from './measure';

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
  }
}

/** One import: the time from the check's end to its first rows, and the longest task on the page meanwhile. */
interface ImportRun {
  firstRows: number;
  longestTask: number;
  page: Page;
}

const importRuns = 3;
const scrollRuns = 10;

/**
 * The built page in Chromium: a 100,000-number import (three, each into a new data folder),
 * the time to its first rows, and ten scrolls through them; each against the same with
 * 10,000 numbers, measured in the same run.
 */
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
    const files = new Map<number, string>();
    for (const size of [10_000, 100_000]) {
      const file = join(dir, `numbers-${size}.csv`);
      writeFileSync(file, numbersDataset({ size, seed: 4 }).text);
      files.set(size, file);
    }
    const large: ImportRun[] = [];
    let largeScrolls: number[] = [];
    for (let i = 0; i < importRuns; i++) {
      const run = await importList(browser, dir, files.get(100_000)!, 100_000);
      large.push(run);
      // The scrolls on the last import's list (the page has only that one list).
      if (i === importRuns - 1) largeScrolls = await scrollThrough(run.page, scrollRuns);
      await run.page.close();
    }
    // The baseline after the large imports, so neither runs on code the browser has not compiled yet.
    const small = await importList(browser, dir, files.get(10_000)!, 10_000);
    const smallScrolls = await scrollThrough(small.page, 3);
    await small.page.close();
    const importTasks = large.map((r) => r.longestTask);
    const over = largeScrolls.filter((t) => t > 50).length;
    return [
      {
        name: `first rows on screen after a 100,000-number check finishes (median of ${importRuns}; ${spread(large.map((r) => r.firstRows))})`,
        value: median(large.map((r) => r.firstRows)),
        unit: 'ms',
        target: 1000,
        better: 'lower',
        baseline: { name: 'the same with 10,000 numbers', value: small.firstRows },
      },
      {
        name: `longest task on the page during a 100,000-number import (the longest of ${importRuns} imports; ${spread(importTasks)}; 0 = none over 50 ms)`,
        value: Math.max(...importTasks),
        unit: 'ms',
        target: 50,
        better: 'lower',
        baseline: { name: 'the same with 10,000 numbers', value: small.longestTask },
      },
      {
        name: `longest task scrolling 100,000 numbers (the longest of ${scrollRuns} runs, ${over} of them over 50 ms; ${spread(largeScrolls)}; 0 = none over 50 ms)`,
        value: Math.max(...largeScrolls),
        unit: 'ms',
        target: 50,
        better: 'lower',
        baseline: { name: 'the same with 10,000 numbers', value: Math.max(...smallScrolls) },
      },
    ];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A new data folder and page, an order on its Numbers step, and `file` imported into it through the page. */
async function importList(
  browser: Browser,
  parent: string,
  file: string,
  size: number,
): Promise<ImportRun> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Every task over 50 ms the page runs (the browser's own definition of a long task).
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const app = await launchApp(page, mkdtempSync(join(parent, 'data-')));
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
  await page.getByText(/^No numbers yet/).waitFor();
  await untilIdle(page);

  const importStart = await page.evaluate(() => performance.now());
  await page.getByLabel('Numbers file').setInputFiles(file);
  const all = `All: ${size.toLocaleString('en-US')}`;
  await page.getByRole('button', { name: all }).waitFor({ timeout: 60_000 });
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
  // The import ends when main has the list (its save has come back) and the page is idle.
  for (
    let i = 0;
    i < 300 && (await app.services.handlers.listOrders(undefined)).orders[0]?.numberCount !== size;
    i++
  )
    await page.waitForTimeout(100);
  await untilIdle(page);
  return { firstRows, longestTask: await longestSince(page, importStart), page };
}

/**
 * `runs` scrolls of 120 frames, 1,500 px a frame, each from another part of the list and
 * after a second without a long task: the longest task of each run (0 when none over 50 ms).
 */
async function scrollThrough(page: Page, runs: number): Promise<number[]> {
  const longest: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.evaluate((r) => {
      const scroller = document.querySelector('[aria-label="Numbers, scrollable"]')!;
      const room = scroller.scrollHeight - scroller.clientHeight - 120 * 1500;
      scroller.scrollTop = Math.max(0, (room * r) / 10);
    }, run);
    await untilIdle(page);
    const start = await page.evaluate(() => performance.now());
    await page.evaluate(async () => {
      const scroller = document.querySelector('[aria-label="Numbers, scrollable"]')!;
      for (let i = 0; i < 120; i++) {
        scroller.scrollTop += 1500;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await page.waitForTimeout(300);
    longest.push(await longestSince(page, start));
  }
  return longest;
}

/** Until the page has run no long task for a second (the last work, a garbage collection, is over). */
async function untilIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      performance.now() - Math.max(0, ...window.__longTasks.map((t) => t.start + t.duration)) >
      1000,
    undefined,
    { timeout: 30_000 },
  );
}

/** The longest long task (over 50 ms) the page ran since `start`, or 0 when there was none. */
async function longestSince(page: Page, start: number): Promise<number> {
  return page.evaluate(
    (since) =>
      Math.max(0, ...window.__longTasks.filter((t) => t.start >= since).map((t) => t.duration)),
    start,
  );
}
