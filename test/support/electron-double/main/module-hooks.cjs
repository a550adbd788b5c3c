// @ts-check
const Module = require('node:module');
const { join } = require('node:path');

/** The names under which Electron's main process offers its API (lib/browser/init.ts, default_app). */
const electronNames = new Set(['electron', 'electron/main', 'electron/common']);
const doubleEntry = join(__dirname, 'index.cjs');

/**
 * CommonJS `require('electron')` gets the double, from anywhere in the process: the app's
 * CommonJS code, the `-r` modules, and the inspector's `require`, which is how Playwright's
 * `electronApp.evaluate` reaches the main process. Node 20 has no synchronous module hooks,
 * so Node's own resolver is wrapped.
 */
function useDoubleForCommonJs() {
  const internal =
    /** @type {{ _resolveFilename: (request: string, ...rest: unknown[]) => string }} */ (
      /** @type {unknown} */ (Module)
    );
  const resolve = internal._resolveFilename;
  internal._resolveFilename = function (request, ...rest) {
    return electronNames.has(request) ? doubleEntry : resolve.call(this, request, ...rest);
  };
}

module.exports = { useDoubleForCommonJs, electronNames };
