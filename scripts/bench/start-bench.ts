import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { _electron, type Page } from '@playwright/test';
import { seedOrders } from '@tools/seed-orders';

import { doubleExecutable } from '../electron-binary.mjs';
import { type Figure, median, spread } from './measure';

const projectRoot = join(import.meta.dirname, '../..');
const runs = 5;
const shownMark = 'bench:blank-shown';

/**
 * The smallest Electron app: one window showing an empty page, which marks the first frame
 * after its paint the way the Port orders page marks its first rows (a frame, then a task).
 */
function writeBlankApp(dir: string): void {
  const page = `<!doctype html><title>Blank</title><script>requestAnimationFrame(() => setTimeout(() => performance.mark('${shownMark}'), 0));</script>`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'blank', main: 'main.cjs' }));
  writeFileSync(
    join(dir, 'main.cjs'),
    `const { app, BrowserWindow } = require('electron');
app.whenReady().then(() => {
  const window = new BrowserWindow({ width: 1280, height: 900 });
  void window.loadURL(${JSON.stringify(`data:text/html,${encodeURIComponent(page)}`)});
});
`,
  );
}

/** From `startedAt` (Date.now(), the clock of the page's timeOrigin): to the page's navigation, and to its first mark `name` (with rows, when it counts them). */
async function markAfter(page: Page, name: string, startedAt: number): Promise<Start> {
  const done = await page.waitForFunction(
    ([markName]) => {
      const mark = (performance.getEntriesByName(markName!) as PerformanceMark[]).find(
        (m) => ((m.detail as { rows?: number } | null)?.rows ?? 1) > 0,
      );
      return mark ? [performance.timeOrigin, performance.timeOrigin + mark.startTime] : undefined;
    },
    [name],
    { timeout: 60_000 },
  );
  const [navigation, shown] = (await done.jsonValue()) as [number, number];
  return { navigation: navigation - startedAt, shown: shown - startedAt };
}

interface Start {
  /** Until the window's page began to load (main's own start). */
  navigation: number;
  /** Until the page's mark. */
  shown: number;
}

/** One start of `args` on the Electron test double, to the mark `name` on its first window. */
async function startToMark(args: string[], name: string): Promise<Start> {
  const startedAt = Date.now();
  const app = await _electron.launch({
    executablePath: doubleExecutable,
    args,
    cwd: projectRoot,
  });
  try {
    return await markAfter(await app.firstWindow(), name, startedAt);
  } finally {
    await app.close();
  }
}

/**
 * Start to the first rows of Port orders (1,000 orders), on the Electron test double, against
 * the time the same double takes to start an app that shows a blank page: runs alternate, so
 * both see the same machine.
 */
export async function startFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'portdesk-bench-start-'));
  try {
    const blankApp = join(dir, 'blank');
    const dataDir = join(dir, 'data');
    mkdirSync(blankApp);
    mkdirSync(dataDir);
    writeBlankApp(blankApp);
    seedOrders(dataDir, 1000);
    const portDeskArgs = [projectRoot, `--user-data-dir=${dataDir}`];
    // A first start of each: it works out the seeded drafts' progress once (as after an
    // upgrade), and the OS caches the files both read.
    await startToMark(portDeskArgs, 'portdesk:orders-rendered');
    await startToMark([blankApp], shownMark);
    const blankRuns: Start[] = [];
    const portDeskRuns: Start[] = [];
    for (let i = 0; i < runs; i++) {
      blankRuns.push(await startToMark([blankApp], shownMark));
      portDeskRuns.push(await startToMark(portDeskArgs, 'portdesk:orders-rendered'));
    }
    const blank = blankRuns.map((r) => r.shown);
    const portDesk = portDeskRuns.map((r) => r.shown);
    const mainPart = median(portDeskRuns.map((r) => r.navigation));
    const pagePart = median(portDeskRuns.map((r) => r.shown - r.navigation));
    return [
      {
        name: `start to first rows of Port orders, 1,000 orders, on the Electron test double (median of ${runs}; ${spread(portDesk)})`,
        value: median(portDesk),
        unit: 'ms',
        target: undefined,
        better: 'lower',
        baseline: {
          name: `the same double showing a blank page (${spread(blank)})`,
          value: median(blank),
        },
      },
      {
        name: `  of which main, start to the window's page loading (blank app: ${median(blankRuns.map((r) => r.navigation)).toFixed(0)} ms)`,
        value: mainPart,
        unit: 'ms',
        target: undefined,
        better: 'lower',
      },
      {
        name: `  of which the page, loading to first rows (blank page: ${median(blankRuns.map((r) => r.shown - r.navigation)).toFixed(0)} ms)`,
        value: pagePart,
        unit: 'ms',
        target: undefined,
        better: 'lower',
      },
      {
        name: '  start to first rows, against the same double showing a blank page',
        value: median(portDesk) / median(blank),
        unit: 'x',
        target: 1.5,
        better: 'lower',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
