import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../find-chromium.mjs';
import { launchApp } from '../../test/support/harness';
import { seedOrders } from '../../test/support/seed-orders';
import { median, type Figure } from './measure';

declare global {
  interface Window {
    __orderLongTasks: { start: number; duration: number }[];
    __keydowns: number[];
  }
}

const rendered = 'portdesk:orders-rendered';

interface PageFigures {
  /** From navigation start to the first rows painted, median of the loads. */
  firstRows: number;
  /** From a keystroke in the search box to its filtered rows painted: median, and the slowest. */
  keystroke: number;
  slowestKeystroke: number;
  /** The longest task (over 50 ms) while the rows scroll from top to bottom, 0 when none. */
  scrollTask: number;
}

/**
 * The Port orders page in Chromium with 1,000 orders, against the same page with 10 orders
 * measured in the same run: first rows, search keystroke to paint, and scrolling.
 */
export async function ordersFigures(): Promise<Figure[]> {
  const found = findChromium();
  if (found.kind === 'none') throw new Error('No Chromium for the Port orders figures (see scripts/find-chromium.mjs), or run with --no-browser.');
  const browser = await chromium.launch({
    ...(found.path ? { executablePath: found.path } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const small = await measurePage(browser, 10);
    const large = await measurePage(browser, 1000);
    const ratio = (name: string, a: number, b: number): Figure => ({ name, value: a / b, unit: 'x', target: undefined, better: 'lower' });
    return [
      { name: 'Port orders page: first rows with 1,000 orders (median of 5 loads)', value: large.firstRows, unit: 'ms', target: 1000, better: 'lower' },
      { name: '  the same with 10 orders (baseline, same run)', value: small.firstRows, unit: 'ms', target: undefined, better: 'lower' },
      ratio('  first rows, 1,000 vs 10 orders', large.firstRows, small.firstRows),
      { name: 'search keystroke to filtered rows painted, 1,000 orders (median of 14)', value: large.keystroke, unit: 'ms', target: 100, better: 'lower' },
      { name: '  the same with 10 orders (baseline, same run)', value: small.keystroke, unit: 'ms', target: undefined, better: 'lower' },
      ratio('  keystroke to paint, 1,000 vs 10 orders', large.keystroke, small.keystroke),
      { name: '  slowest keystroke to paint, 1,000 orders (context)', value: large.slowestKeystroke, unit: 'ms', target: undefined, better: 'lower' },
      { name: 'longest task scrolling 1,000 orders top to bottom (0 = none over 50 ms)', value: large.scrollTask, unit: 'ms', target: 50, better: 'lower' },
    ];
  } finally {
    await browser.close();
  }
}

async function measurePage(browser: Browser, orders: number): Promise<PageFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'portdesk-bench-orders-'));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    seedOrders(dir, orders);
    await page.addInitScript(() => {
      window.__orderLongTasks = [];
      window.__keydowns = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__orderLongTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      // When each key was pressed, on the page's own clock (the marks' clock).
      document.addEventListener('keydown', (e) => window.__keydowns.push(e.timeStamp), true);
    });
    await launchApp(page, dir);
    await firstRowsAt(page); // a warm-up load: the first compiles the bundle, as an installed app's code cache would have
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.reload();
      loads.push(await firstRowsAt(page));
    }

    const search = page.getByRole('searchbox', { name: 'Search port orders' });
    await search.focus();
    const keystrokes: number[] = [];
    for (const key of [...'seattle', ...Array<string>(7).fill('Backspace')]) {
      const before = await page.evaluate((name) => performance.getEntriesByName(name).length, rendered);
      await page.keyboard.press(key);
      await page.waitForFunction(([name, n]) => performance.getEntriesByName(name as string).length > (n as number), [rendered, before] as const);
      keystrokes.push(await page.evaluate((name) => performance.getEntriesByName(name).at(-1)!.startTime - window.__keydowns.at(-1)!, rendered));
    }

    // Idle first (no long task for a second), so what follows is the scrolling alone.
    await page.waitForFunction(() => performance.now() - Math.max(0, ...window.__orderLongTasks.map((t) => t.start + t.duration)) > 1000, undefined, { timeout: 20_000 });
    const scrollStart = await page.evaluate(() => performance.now());
    await page.evaluate(async () => {
      const scroller = document.querySelector('[aria-label="Port orders, scrollable"]')!;
      for (let i = 0; i < 100; i++) {
        scroller.scrollTop += 600;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await page.waitForTimeout(300);
    const scrollTask = await page.evaluate((since) => Math.max(0, ...window.__orderLongTasks.filter((t) => t.start >= since).map((t) => t.duration)), scrollStart);
    return { firstRows: median(loads), keystroke: median(keystrokes), slowestKeystroke: Math.max(...keystrokes), scrollTask };
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds from navigation start to the first paint of the page's rows. */
async function firstRowsAt(page: Page): Promise<number> {
  const first = () =>
    (performance.getEntriesByName('portdesk:orders-rendered') as PerformanceMark[]).find((m) => (m.detail as { rows: number }).rows > 0)?.startTime;
  await page.waitForFunction(first, undefined, { timeout: 30_000 });
  return page.evaluate(first) as Promise<number>;
}
