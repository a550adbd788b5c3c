// Where the Electron executable is, by one rule that `npm start` and the Electron tests share.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
export const electronVersion = createRequire(import.meta.url)('electron/package.json').version;
/** The stand-in executable of the Electron test double (test/support/electron-double). */
export const doubleExecutable = join(root, 'test', 'support', 'electron-double', 'electron');

/** The executable inside an Electron folder, per platform (node_modules/electron/install.js getPlatformPath). */
export function platformExecutable(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/**
 * The Electron to run, first found wins:
 * 1. `ELECTRON_EXEC_PATH`, electron-vite's own variable (the test double's stand-in is named this way);
 * 2. `ELECTRON_OVERRIDE_DIST_PATH`, the `electron` package's variable for an Electron folder already
 *    on the machine (node_modules/electron/index.js);
 * 3. the binary `npx install-electron` put in node_modules/electron/dist (named by path.txt).
 * @returns {{ found: true, path: string, how: string } | { found: false, why: string }}
 */
export function findElectron(env = process.env) {
  const named = env['ELECTRON_EXEC_PATH'];
  if (named) {
    return existsSync(named)
      ? { found: true, path: named, how: 'ELECTRON_EXEC_PATH' }
      : { found: false, why: `ELECTRON_EXEC_PATH names ${named}, which does not exist` };
  }
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const path = join(override, platformExecutable());
    return existsSync(path)
      ? { found: true, path, how: 'ELECTRON_OVERRIDE_DIST_PATH' }
      : {
          found: false,
          why: `ELECTRON_OVERRIDE_DIST_PATH is ${override}, which holds no ${platformExecutable()}`,
        };
  }
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile))
    return {
      found: false,
      why: 'Electron has not been downloaded yet (node_modules/electron/path.txt is missing)',
    };
  const path = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path)
    ? { found: true, path, how: 'node_modules/electron' }
    : { found: false, why: `node_modules/electron/path.txt names ${path}, which is missing` };
}
