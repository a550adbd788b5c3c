// Which Chromium the browser tests use. Imported by playwright.config.ts; run directly
// (`node scripts/find-chromium.mjs`) it exits 0 when one is found, 1 when none is (.ci/run).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { chromium } from '@playwright/test';

/** Environment variables that may name a Chromium or Chrome executable, first wins. */
const browserEnvVars = ['PORTDESK_CHROMIUM', 'CHROMIUM_PATH'];
const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Flags for a system Chromium on a closed network: no sandbox as root, no GPU, and no
 * background calls home that this machine's network would refuse. The browser tests and the
 * Electron test double (test/support/electron-double) both use them.
 */
export const closedNetworkFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The executable to start for a found Chromium (Playwright's own has no path of its own in `found`). */
export function chromiumExecutable(found) {
  return found.path ?? chromium.executablePath();
}

export const noBrowserMessage =
  'No Chromium found: run `npx playwright install chromium`, or `apt-get install -y chromium`, or set PORTDESK_CHROMIUM=/path/to/chrome.';

/**
 * A path from the environment, then Playwright's own download (where it could be
 * installed), then the system's. `path` is undefined for Playwright's own browser.
 * @returns {{ kind: 'env' | 'system', path: string } | { kind: 'playwright', path?: undefined } | { kind: 'none', path?: undefined }}
 */
export function findChromium() {
  for (const name of browserEnvVars) {
    const path = process.env[name];
    if (path && existsSync(path)) return { kind: 'env', path };
  }
  if (existsSync(chromium.executablePath())) return { kind: 'playwright' };
  const system = systemPaths.find((path) => existsSync(path));
  return system ? { kind: 'system', path: system } : { kind: 'none' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = findChromium();
  console.log(
    found.kind === 'none' ? noBrowserMessage : `Chromium: ${found.path ?? "Playwright's own"}`,
  );
  process.exit(found.kind === 'none' ? 1 : 0);
}
