import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { _electron as electron, expect, test } from '@playwright/test';
import { channelNames } from '@shared/channels';

const root = join(import.meta.dirname, '../..');

/**
 * The Electron binary, found without require('electron') (which would try to download
 * it): PORTDESK_ELECTRON, or the one npm put in node_modules/electron/dist.
 */
function findElectron(): string | undefined {
  const fromEnv = process.env['PORTDESK_ELECTRON'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const executablePath = findElectron();
if (!executablePath) {
  console.log(
    'Electron smoke test SKIPPED: no Electron binary on this machine (set PORTDESK_ELECTRON or let npm download it).',
  );
}

test.describe('the packaged shell in real Electron', () => {
  test.skip(!executablePath, 'no Electron binary on this machine');

  test('opens the secure window with the app frame and only the contract on window.portdesk', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portdesk-electron-'));
    const app = await electron.launch({
      executablePath,
      args: [root, `--user-data-dir=${dataDir}`],
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1, name: 'Port orders' })).toBeVisible();
      expect(await page.evaluate(() => Object.keys(window.portdesk ?? {}).sort())).toEqual(
        [...channelNames].sort(),
      );
      // Context isolation and no Node integration: the page sees neither require nor process.
      expect(
        await page.evaluate(() => [
          typeof (globalThis as { require?: unknown }).require,
          typeof (globalThis as { process?: unknown }).process,
        ]),
      ).toEqual(['undefined', 'undefined']);
      expect(await page.evaluate(() => location.origin)).toBe('app://portdesk');
      expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(
        dataDir,
      );
    } finally {
      await app.close();
    }
  });
});
