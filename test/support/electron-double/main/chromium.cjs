// @ts-check
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { chromium } = require('playwright-core');

const { devToolsPipe } = require('./devtools-pipe.cjs');

/**
 * @typedef {{
 *   context: import('playwright-core').BrowserContext,
 *   browserSession: import('playwright-core').CDPSession,
 *   stop: () => Promise<void>,
 * }} Chromium
 */

/**
 * @typedef {typeof import('../../../../scripts/find-chromium.mjs')} ChromiumFinder
 */

/**
 * Starts the Chromium that plays Electron's renderer side: the one the browser tests find,
 * headless (no display is needed), with a DevTools port. Like Electron started with
 * `--remote-debugging-port` (docs/api/command-line-switches.md), it prints "DevTools listening on ws://..." (Playwright's _electron
 * waits for that line and connects there). The double drives it through its DevTools pipe
 * (`devtools-pipe.cjs` says why); when this process dies, Chromium sees the pipe close and exits with it.
 * Chromium's process is spawned before this returns (`runtime.cjs` says why); the finder is
 * scripts/find-chromium.mjs, an ES module the loader imports statically.
 * @param {ChromiumFinder} finder
 * @returns {Promise<Chromium>}
 */
async function startChromium(finder, { remoteDebugging = false, port = '0' } = {}) {
  const { findChromium, chromiumExecutable, closedNetworkFlags, noBrowserMessage } = finder;
  const found = findChromium();
  if (found.kind === 'none') throw new Error(noBrowserMessage);
  const profile = mkdtempSync(join(tmpdir(), 'electron-double-chromium-'));
  const child = spawn(
    chromiumExecutable(found),
    [
      ...closedNetworkFlags,
      '--headless',
      '--no-startup-window',
      '--hide-scrollbars',
      '--mute-audio',
      `--remote-debugging-port=${port}`,
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const endpoint = await devToolsEndpoint(child);
  if (remoteDebugging) process.stderr.write(`DevTools listening on ${endpoint}\n`);
  // stdio 3 and 4 are the pipes spawned above ('pipe', 'pipe'): Chromium reads 3, writes 4.
  const toChromium = /** @type {import('node:stream').Writable} */ (child.stdio[3]);
  const fromChromium = /** @type {import('node:stream').Readable} */ (child.stdio[4]);
  const browser = await chromium.connectOverCDP(devToolsPipe(toChromium, fromChromium));
  const context = browser.contexts()[0];
  if (!context) throw new Error('electron-double: Chromium has no default context');
  const browserSession = await browser.newBrowserCDPSession();
  await context.route('**/*', (route) => require('./requests.cjs').handleRequest(route));
  return {
    context,
    browserSession,
    async stop() {
      child.kill();
      await new Promise((done) =>
        child.exitCode === null ? child.once('exit', done) : done(undefined),
      );
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium's own announcement of its DevTools endpoint, read from its stderr. */
function devToolsEndpoint(/** @type {import('node:child_process').ChildProcess} */ child) {
  return /** @type {Promise<string>} */ (
    new Promise((found, failed) => {
      let log = '';
      const read = (/** @type {Buffer} */ chunk) => {
        log += chunk;
        const match = /^DevTools listening on (ws:\/\/\S+)$/m.exec(log);
        if (!match?.[1]) return;
        // The rest of Chromium's log (D-Bus complaints on a bare machine...) is not the app's.
        child.stderr?.off('data', read).resume();
        found(match[1]);
      };
      child.stderr?.on('data', read);
      child.once('exit', (code) =>
        failed(
          new Error(`Chromium exited (${code}) before DevTools listened:\n${log.slice(-2000)}`),
        ),
      );
      child.once('error', failed);
    })
  );
}

module.exports = { startChromium };
