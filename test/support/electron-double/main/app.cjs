// @ts-check
const { EventEmitter } = require('node:events');

const { preventable } = require('../rules.cjs');
const { createPaths } = require('./paths.cjs');
const { createSingleInstance } = require('./single-instance.cjs');

/**
 * Electron's `app` (docs/api/app.md). `ready` comes once Chromium is up and the app's entry has
 * finished loading (lib/browser/init.ts calls appCodeLoaded after the ESM import). Quitting
 * follows app.md: `before-quit`, every window closed (any may cancel), `will-quit`, `quit`, exit.
 */
class App extends EventEmitter {
  constructor() {
    super();
    this._ready = false;
    /** @type {(value: void) => void} */
    let markReady = () => {};
    this._readyPromise = new Promise((done) => (markReady = done));
    this._markReady = markReady;
    this._quitting = false;
    this.name = 'Electron';
    this._version = '45.4.1';
    this._appPath = process.cwd();
    /** @type {Map<string, string>} */
    this._switches = new Map();
    this._paths = createPaths(() => this.name, undefined);
    this._lock = createSingleInstance(
      () => this.getPath('userData'),
      ({ argv, cwd, data }) => this.emit('second-instance', preventable(), argv, cwd, data),
    );
    this.commandLine = {
      hasSwitch: (/** @type {string} */ name) => this._switches.has(name),
      getSwitchValue: (/** @type {string} */ name) => this._switches.get(name) ?? '',
      appendSwitch: (/** @type {string} */ name, value = '') =>
        void this._switches.set(name, value),
      appendArgument: () => {},
      removeSwitch: (/** @type {string} */ name) => void this._switches.delete(name),
    };
    // lib/browser/init.ts: with no other listener, closing the last window quits.
    this.on('window-all-closed', () => {
      if (this.listenerCount('window-all-closed') === 1) this.quit();
    });
  }

  /** Called by the runtime with the command line, before the app's code runs. */
  _configure(/** @type {Map<string, string>} */ switches) {
    this._switches = new Map(switches);
    this._paths = createPaths(() => this.name, switches.get('user-data-dir') || undefined);
  }

  /** lib/browser/init.ts: package.json gives the app its name, version and path. */
  _setPackage(
    /** @type {string} */ folder,
    /** @type {{ productName?: string, name?: string, version?: string }} */ pkg,
  ) {
    this._appPath = folder;
    if (pkg.version) this._version = pkg.version;
    this.name = (pkg.productName ?? pkg.name ?? this.name).trim();
  }

  _emitReady() {
    this.emit('will-finish-launching');
    this._ready = true;
    this.emit('ready', preventable(), {});
    this._markReady();
  }

  isReady() {
    return this._ready;
  }
  whenReady() {
    return this._readyPromise;
  }
  getName() {
    return this.name;
  }
  setName(/** @type {string} */ name) {
    this.name = name;
  }
  getVersion() {
    return this._version;
  }
  getAppPath() {
    return this._appPath;
  }
  get isPackaged() {
    return false;
  }
  getLocale() {
    return 'en-US';
  }
  getPath(/** @type {string} */ name) {
    return this._paths.get(name);
  }
  setPath(/** @type {string} */ name, /** @type {string} */ path) {
    this._paths.set(name, path);
  }
  requestSingleInstanceLock(/** @type {unknown} */ additionalData) {
    return this._lock.request(additionalData);
  }
  hasSingleInstanceLock() {
    return this._lock.has();
  }
  releaseSingleInstanceLock() {
    this._lock.release();
  }
  focus() {}
  setAppUserModelId() {}

  /** app.md app.quit(): `before-quit`, then close every window, then `will-quit` and exit. */
  quit() {
    if (this._quitting) return;
    const beforeQuit = preventable();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this._quitting = true;
    const { BrowserWindow } = require('./browser-window.cjs');
    const windows = BrowserWindow.getAllWindows();
    void Promise.all(windows.map((w) => w._closeForQuit())).then((closed) => {
      if (closed.includes(false)) {
        this._quitting = false;
        return;
      }
      const willQuit = preventable();
      this.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) {
        this._quitting = false;
        return;
      }
      this.emit('quit', preventable(), 0);
      void this._shutdown(0);
    });
  }

  /** app.md app.exit(): closes everything at once; `before-quit` and `will-quit` are not emitted. */
  exit(exitCode = 0) {
    // The code stands even if nothing else keeps the process alive until the shutdown ends.
    process.exitCode = exitCode;
    void this._shutdown(exitCode);
  }

  /** Called when a window closed outside a quit; app.md: `window-all-closed` once none is left. */
  _windowClosed() {
    const { BrowserWindow } = require('./browser-window.cjs');
    if (!this._quitting && BrowserWindow.getAllWindows().length === 0)
      this.emit('window-all-closed');
  }

  async _shutdown(/** @type {number} */ code) {
    await this._lock.settled();
    this._lock.release();
    await require('./runtime.cjs').stopRuntime();
    process.exit(code);
  }
}

module.exports = { app: new App() };
