import { defineConfig } from '@playwright/test';

import { closedNetworkFlags, findChromium, noBrowserMessage } from './scripts/find-chromium.mjs';

const browser = findChromium();
if (browser.kind === 'none') {
  console.error(noBrowserMessage);
  process.exit(1);
}
// A system Chromium gets the closed-network flags (see scripts/find-chromium.mjs).
const launchOptions =
  browser.kind === 'env' || browser.kind === 'system'
    ? { executablePath: browser.path, args: closedNetworkFlags }
    : {};

export default defineConfig({
  testDir: 'test',
  outputDir: 'test-results',
  reporter: [['list']],
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  projects: [
    {
      name: 'browser',
      testDir: 'test/e2e',
      use: { launchOptions, viewport: { width: 1280, height: 800 } },
    },
    { name: 'electron', testDir: 'test/electron' },
    // npm start rebuilds out/: it runs once the tests that read out/ are done.
    { name: 'npm start', testDir: 'test/npm-start', dependencies: ['browser', 'electron'] },
  ],
});
