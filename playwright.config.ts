import { defineConfig } from '@playwright/test';

import { findChromium, noBrowserMessage } from './scripts/find-chromium.mjs';

const browser = findChromium();
if (browser.kind === 'none') {
  console.error(noBrowserMessage);
  process.exit(1);
}
// Flags for a system Chromium on a closed network (see the README): no sandbox as root,
// no GPU, and no background calls home that this machine's network would refuse.
const launchOptions =
  browser.kind === 'env' || browser.kind === 'system'
    ? {
        executablePath: browser.path,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      }
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
  ],
});
