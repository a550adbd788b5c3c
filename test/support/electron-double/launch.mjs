// @ts-check
// The stand-in executable's body: starts "Electron" in this Node process, as Electron's own
// start-up does (lib/browser/init.ts, default_app/main.ts), then loads the app.
import { existsSync, readFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { createRequire, register } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import * as chromiumFinder from '../../../scripts/find-chromium.mjs';
import { parseCommandLine } from './main/command-line.cjs';
import { useDoubleForCommonJs } from './main/module-hooks.cjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const line = parseCommandLine(args);
// Electron's process.argv is the executable and every argument as given (switches included).
process.argv = [join(here, 'electron'), ...args];

// Electron passes --inspect and friends to Node while the nodeCliInspect fuse is on
// (shell/common/node_bindings.cc IsAllowedOption); Node prints "Debugger listening on ws://...",
// the line Playwright's _electron waits for.
if (line.inspect) inspector.open(line.inspect.port, line.inspect.host, false);

// `electron` resolves to the double: for ESM through a resolve hook, for CommonJS (and the
// inspector's `require`, which Playwright uses) through Node's CommonJS resolver.
register('./main/esm-hooks.mjs', import.meta.url);
useDoubleForCommonJs();
const require = createRequire(import.meta.url);
const { app, dialog } = require('./main/index.cjs');
const { startRuntime } = require('./main/runtime.cjs');

// lib/browser/init.ts: an uncaught exception does not quit the app; unless the app has a
// handler of its own, Electron shows it in an error box and keeps running.
process.on('uncaughtException', (error) => {
  if (process.listenerCount('uncaughtException') > 1) return;
  const stack = error.stack ? error.stack : `${error.name}: ${error.message}`;
  dialog.showErrorBox(
    'A JavaScript error occurred in the main process',
    `Uncaught Exception:\n${stack}`,
  );
});

// Chromium is spawned first, then the app loads while it starts (runtime.cjs says why).
const appCodeLoaded = startRuntime(line, chromiumFinder);
// default_app/main.ts: modules named with -r / --require load before the app.
const requireFromCwd = createRequire(join(process.cwd(), 'noop.js'));
for (const module of line.requires) requireFromCwd(module);
await loadApp(line.appPath);

/** lib/browser/init.ts and default_app/main.ts: package.json names the app, its version and its main. */
async function loadApp(/** @type {string | undefined} */ appPath) {
  if (!appPath) {
    console.error('electron-double: no app to run (pass its folder, as to Electron).');
    process.exit(1);
  }
  const folder = resolve(appPath);
  const pkgFile = join(folder, 'package.json');
  const pkg = existsSync(pkgFile) ? JSON.parse(readFileSync(pkgFile, 'utf8')) : {};
  app._setPackage(folder, pkg);
  const main = join(folder, pkg.main ?? 'index.js');
  const esm = (pkg.type === 'module' && !main.endsWith('.cjs')) || main.endsWith('.mjs');
  if (!esm) {
    // CommonJS loads synchronously: Electron marks the code loaded first, then requires it.
    appCodeLoaded();
    require(main);
    return;
  }
  // ESM: `ready` waits until the entry has finished loading, top-level await included.
  try {
    await import(pathToFileURL(main).href);
    appCodeLoaded();
  } catch (error) {
    appCodeLoaded();
    process.emit('uncaughtException', /** @type {Error} */ (error));
  }
}
