// @ts-check
const { app } = require('./app.cjs');
const { startChromium } = require('./chromium.cjs');

/** @type {Promise<import('./chromium.cjs').Chromium> | undefined} */
let chromium;

/**
 * Starts "Electron": Chromium at once (Electron's browser process starts before the app's
 * code; its "DevTools listening on" line is printed then), `ready` once both Chromium is up
 * and the app's entry has loaded. Returns the function the loader calls when the entry has
 * loaded. Chromium's process is spawned before this returns, so before the loader loads the
 * app, as Electron loads the app's entry inside its already running browser process
 * (shell/browser/electron_browser_main_parts.cc, PostEarlyInitialization: LoadEnvironment).
 * The loader hands over Chromium's finder (scripts/find-chromium.mjs, an ES module) imported
 * statically: imported here on demand, it waited behind the app's whole module graph (0.2 s
 * with PortDesk's; `npm run bench`, start).
 * @param {import('./command-line.cjs').CommandLine} line
 * @param {import('./chromium.cjs').ChromiumFinder} finder
 */
function startRuntime(line, finder) {
  app._configure(line.switches);
  chromium = startChromium(finder, {
    remoteDebugging: line.switches.has('remote-debugging-port'),
    port: line.switches.get('remote-debugging-port') || '0',
  });
  /** @type {() => void} */
  let codeLoaded = () => {};
  const loaded = new Promise((done) => (codeLoaded = () => done(undefined)));
  Promise.all([chromium, loaded]).then(
    () => app._emitReady(),
    (error) => {
      console.error('electron-double: Chromium did not start:', error);
      process.exit(1);
    },
  );
  // electron_browser_main_parts_posix.cc: SIGINT, SIGTERM and SIGHUP quit the app gracefully.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
    process.on(signal, () => app.quit());
  return codeLoaded;
}

/** The running Chromium (after `ready`, always there). */
function runningChromium() {
  if (!chromium) throw new Error('electron-double: the runtime has not started');
  return chromium;
}

async function stopRuntime() {
  const running = await chromium?.catch(() => undefined);
  await running?.stop();
}

module.exports = { startRuntime, runningChromium, stopRuntime };
