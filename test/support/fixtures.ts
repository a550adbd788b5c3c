import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { AppServiceDeps } from '@main/services/app-services';
import { expect, type Page, test as base } from '@playwright/test';
import { launchApp, type RunningApp } from '@tools/harness';

export interface Fixtures {
  /** A fresh, empty data folder for this test, removed afterwards. */
  dataDir: string;
  /** Starts the app on `dataDir` (tests may seed files in it first, or replace a dependency). */
  launch: (overrides?: Partial<AppServiceDeps>) => Promise<RunningApp>;
  /** Content-Security-Policy violations and uncaught errors seen on the page; the fixture fails the test on any. */
  pageProblems: string[];
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'portdesk-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  pageProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await use(problems);
  },
  launch: async ({ page, dataDir, pageProblems }, use) => {
    const started: RunningApp[] = [];
    await use(async (overrides) => {
      const app = await launchApp(page, dataDir, overrides);
      started.push(app);
      return app;
    });
    for (const app of started) app.services.flushAll();
    expect(pageProblems, 'console errors, CSP violations or uncaught errors').toEqual([]);
  },
});

export { expect };

/**
 * Fails on any axe violation of serious or critical impact on the page as it is now.
 * Tabster's focus guards (`<i data-tabster-dummy tabindex=0 aria-hidden>`, which Fluent
 * UI puts around lists, cards and tab lists to steer Tab) are excluded: they pass focus
 * on the moment they get it, and axe's aria-hidden-focus rule cannot know that.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // Fluent's controls fade in: axe reads a button half-way through as low contrast. Finite
  // animations end first (a spinner's never does).
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
