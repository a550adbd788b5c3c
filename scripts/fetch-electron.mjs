// Fetches the Electron binary with `install-electron` (the electron package's own installer,
// node_modules/electron/install.js: what `npx install-electron` runs). Run directly, it exits 1
// with the admin's message when the download fails.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { electronVersion } from './electron-binary.mjs';
import { describeDownloadError, downloadFailedMessage } from './start-messages.mjs';

const installer = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'node_modules',
  'electron',
  'install.js',
);

/** Downloads Electron (or finds it already there); on failure prints one clear message and returns false. */
export function fetchElectron() {
  console.log(`Fetching Electron ${electronVersion} (once)...`);
  const result = spawnSync(process.execPath, [installer], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status === 0) return true;
  const host = process.env['ELECTRON_MIRROR']
    ? new URL(process.env['ELECTRON_MIRROR']).host
    : 'github.com';
  console.error(
    `\n${downloadFailedMessage(electronVersion, describeDownloadError(result.stderr ?? '', host))}`,
  );
  return false;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(fetchElectron() ? 0 : 1);
