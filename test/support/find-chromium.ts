import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Environment variables that may name a Chromium or Chrome executable, first wins. */
export const browserEnvVars = ['PORTDESK_CHROMIUM', 'CHROMIUM_PATH'] as const;
const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export type BrowserChoice = { kind: 'env' | 'system'; path: string } | { kind: 'playwright' } | { kind: 'none' };

/**
 * Where the browser tests get their Chromium: a path from the environment, then
 * Playwright's own download (where it could be installed), then the system's.
 */
export function findChromium(): BrowserChoice {
  for (const name of browserEnvVars) {
    const path = process.env[name];
    if (path && existsSync(path)) return { kind: 'env', path };
  }
  if (existsSync(chromium.executablePath())) return { kind: 'playwright' };
  const system = systemPaths.find((path) => existsSync(path));
  return system ? { kind: 'system', path: system } : { kind: 'none' };
}

export const noBrowserMessage =
  'No Chromium found: run `npx playwright install chromium`, or `apt-get install -y chromium`, or set PORTDESK_CHROMIUM=/path/to/chrome.';
