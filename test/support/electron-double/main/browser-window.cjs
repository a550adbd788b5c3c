// @ts-check
const { EventEmitter } = require('node:events');

const { brokenRule, preventable } = require('../rules.cjs');
const { app } = require('./app.cjs');
const { display } = require('./screen.cjs');
const { WebContents } = require('./web-contents.cjs');
const { windowFrame } = require('./window-frame.cjs');

let nextId = 1;
/** @type {Map<number, BrowserWindow>} */
const windows = new Map();

/**
 * `BrowserWindow` (docs/api/browser-window.md). Its page is a real Chromium page; being shown,
 * maximized, focused is the window's state here, kept as Electron keeps it, since a headless
 * window is never on a screen. `maximize()` shows a hidden window (browser-window.md
 * win.maximize()), which is a broken rule when its content has not painted yet.
 */
class BrowserWindow extends EventEmitter {
  constructor(/** @type {Record<string, any>} */ options = {}) {
    super();
    // electron_api_base_window: a window needs the app ready.
    if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    this.id = nextId++;
    const area = display.workArea;
    const width = Math.max(options.width ?? 800, options.minWidth ?? 0);
    const height = Math.max(options.height ?? 600, options.minHeight ?? 0);
    this._bounds = {
      x: options.x ?? area.x + Math.round((area.width - width) / 2),
      y: options.y ?? area.y + Math.round((area.height - height) / 2),
      width,
      height,
    };
    this._normalBounds = { ...this._bounds };
    this._state = {
      visible: false,
      maximized: false,
      minimized: false,
      painted: false,
      destroyed: false,
    };
    this._title = options.title ?? app.getName();
    this.webContents = new WebContents(this, options.webPreferences ?? {});
    windows.set(this.id, this);
    // web-contents.ts: 'ready-to-show' reaches the owner window on the next tick.
    this.webContents.on('ready-to-show', () => {
      this._state.painted = true;
      process.nextTick(() => this.emit('ready-to-show'));
    });
    app.emit('browser-window-created', preventable(), this);
    void this.webContents._open();
    if (options.show !== false) this.show();
  }

  static getAllWindows() {
    return [...windows.values()];
  }
  static fromWebContents(/** @type {unknown} */ contents) {
    return [...windows.values()].find((w) => w.webContents === contents) ?? null;
  }
  static fromId(/** @type {number} */ id) {
    return windows.get(id) ?? null;
  }
  static getFocusedWindow() {
    return [...windows.values()].find((w) => w._state.visible) ?? null;
  }

  _windowBounds() {
    return { ...this._bounds };
  }
  _alive() {
    if (this._state.destroyed) throw new TypeError('Object has been destroyed');
  }

  show() {
    this._alive();
    if (this._state.visible) return;
    this._state.visible = true;
    this.emit('show');
    this.emit('focus');
  }
  showInactive() {
    this.show();
  }
  hide() {
    this._alive();
    if (!this._state.visible) return;
    this._state.visible = false;
    this.emit('hide');
  }
  isVisible() {
    return this._state.visible;
  }
  focus() {
    this.show();
  }
  isFocused() {
    return this._state.visible;
  }

  maximize() {
    this._alive();
    if (!this._state.visible && !this._state.painted) {
      brokenRule(
        'maximize() showed the window before its content painted (before ready-to-show)',
        'docs/api/browser-window.md win.maximize()',
      );
    }
    if (!this._state.maximized) {
      this._normalBounds = { ...this._bounds };
      this._state.maximized = true;
      this._setBounds({ ...display.workArea });
      this.emit('maximize');
    }
    this.show();
  }
  unmaximize() {
    this._alive();
    if (!this._state.maximized) return;
    this._state.maximized = false;
    this._setBounds(this._normalBounds);
    this.emit('unmaximize');
  }
  isMaximized() {
    return this._state.maximized;
  }
  minimize() {
    this._state.minimized = true;
    this.emit('minimize');
  }
  restore() {
    this._state.minimized = false;
    this.emit('restore');
  }
  isMinimized() {
    return this._state.minimized;
  }
  isFullScreen() {
    return false;
  }

  getBounds() {
    return { ...this._bounds };
  }
  getContentBounds() {
    return this.getBounds();
  }
  getNormalBounds() {
    return { ...(this._state.maximized ? this._normalBounds : this._bounds) };
  }
  setBounds(
    /** @type {Partial<{ x: number, y: number, width: number, height: number }>} */ bounds,
  ) {
    this._alive();
    if (this._state.maximized) this.unmaximize();
    this._setBounds({ ...this._bounds, ...bounds });
  }
  getSize() {
    return [this._bounds.width, this._bounds.height];
  }
  setSize(/** @type {number} */ width, /** @type {number} */ height) {
    this.setBounds({ width, height });
  }
  getPosition() {
    return [this._bounds.x, this._bounds.y];
  }
  setPosition(/** @type {number} */ x, /** @type {number} */ y) {
    this.setBounds({ x, y });
  }
  /** Moves and resizes the Chromium window too, and says so as Electron does ('move', 'resize'). */
  _setBounds(/** @type {{ x: number, y: number, width: number, height: number }} */ next) {
    const before = this._bounds;
    this._bounds = { ...next };
    void windowFrame(this.webContents).then((frame) => frame?.setBounds(this._bounds));
    if (before.x !== next.x || before.y !== next.y) this.emit('move');
    if (before.width !== next.width || before.height !== next.height) this.emit('resize');
  }

  /** browser-window.md win.loadURL: the same as webContents.loadURL. */
  loadURL(/** @type {string} */ url) {
    return this.webContents.loadURL(url);
  }
  getTitle() {
    return this._title;
  }
  setTitle(/** @type {string} */ title) {
    this._title = title;
  }
  setMenu() {}
  removeMenu() {}
  setMenuBarVisibility() {}
  setBackgroundColor() {}
  isDestroyed() {
    return this._state.destroyed;
  }

  /** browser-window.md 'close': emitted before the page's beforeunload/unload; preventable. */
  close() {
    if (this._state.destroyed) return;
    const event = preventable();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    void this.webContents._opened().then(({ page }) => page.close({ runBeforeUnload: true }));
  }
  /** destroy(): closes without 'close' and without the page's beforeunload. */
  destroy() {
    if (this._state.destroyed) return;
    void this.webContents._opened().then(({ page }) => page.close());
  }
  /** For app.quit(): resolves true once closed, false when the window stayed open. */
  _closeForQuit() {
    return new Promise((done) => {
      if (this._state.destroyed) return done(true);
      this.once('closed', () => done(true));
      this.webContents.once('-close-cancelled', () => done(false));
      const event = preventable();
      this.emit('close', event);
      if (event.defaultPrevented) return done(false);
      void this.webContents._opened().then(({ page }) => page.close({ runBeforeUnload: true }));
    });
  }
  _pageClosed() {
    this._state.destroyed = true;
    this._state.visible = false;
    windows.delete(this.id);
    this.emit('closed');
    app._windowClosed();
  }
}

module.exports = { BrowserWindow };
