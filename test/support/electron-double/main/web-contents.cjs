// @ts-check
const { EventEmitter } = require('node:events');

const { note, preventable } = require('../rules.cjs');
const { DocumentBridge } = require('./document-bridge.cjs');
const { navigate, pageDialog, windowOpenRequested } = require('./page-rules.cjs');
const { fromPageUrl, toPageUrl } = require('./protocol.cjs');
const { openWindowPage } = require('./window-page.cjs');

let nextId = 1;
/** @type {Map<number, WebContents>} */
const all = new Map();
/** @type {WeakMap<import('playwright-core').Page, WebContents>} */
const byPage = new WeakMap();

/**
 * A window's web contents (docs/api/web-contents.md), driving one real Chromium page. What the
 * page may do on its own (navigate, open windows, show dialogs) is decided in page-rules.cjs.
 */
class WebContents extends EventEmitter {
  /** @param {{ _windowBounds: () => { x: number, y: number, width: number, height: number } }} owner */
  constructor(owner, /** @type {Record<string, unknown>} */ webPreferences) {
    super();
    this.id = nextId++;
    this._owner = owner;
    // web-preferences.md defaults, as getLastWebPreferences() reports them.
    /** @type {Record<string, unknown>} */
    this._preferences = {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      spellcheck: true,
      ...webPreferences,
    };
    if (
      this._preferences.contextIsolation !== true ||
      this._preferences.sandbox !== true ||
      this._preferences.nodeIntegration !== false
    ) {
      throw new Error(
        'electron-double: only sandboxed, context-isolated windows without Node are emulated',
      );
    }
    this._url = '';
    /** @type {string | undefined} */
    this._targetId = undefined;
    this._destroyed = false;
    /** @type {((details: Record<string, unknown>) => { action: 'allow' | 'deny' }) | undefined} */
    this._windowOpenHandler = undefined;
    /** @type {Set<string>} */
    this._rendererNavigations = new Set();
    this._bridge = new DocumentBridge(
      this,
      /** @type {string | undefined} */ (this._preferences.preload),
    );
    all.set(this.id, this);
    require('./app.cjs').app.emit('web-contents-created', preventable(), this);
  }

  /** Starts the Chromium page (the window's constructor cannot wait for it). */
  _open() {
    this._page = openWindowPage({
      id: this.id,
      bounds: this._owner._windowBounds(),
      onCall: (frame, key, path, args) => this._bridge.call(frame, key, path, args),
      onOpen: (details) => windowOpenRequested(this, details),
      onRendererNavigation: (url) => this._rendererNavigations.add(url.replace(/#.*$/, '')),
      onFirstContentfulPaint: () => this.emit('ready-to-show'),
    }).then(async (opened) => {
      await this._bridge.prepareWindow(opened.session);
      byPage.set(opened.page, this);
      this._targetId = opened.targetId;
      opened.page.on('close', () => this._pageClosed());
      opened.page.on('dialog', (dialog) => pageDialog(this, dialog));
      opened.page.on('framenavigated', (frame) => {
        if (frame === opened.page.mainFrame()) this._url = fromPageUrl(frame.url());
      });
      return opened;
    });
    void this._applyTheme();
    return this._page;
  }

  /** native-theme.md: themeSource sets the page's prefers-color-scheme. */
  async _applyTheme() {
    const { page } = await this._opened();
    await page
      .emulateMedia({ colorScheme: require('./native-theme.cjs').nativeTheme._colorScheme })
      .catch(() => {});
  }

  async _opened() {
    if (!this._page) throw new Error('electron-double: the window has no page yet');
    return this._page;
  }

  getURL() {
    return this._url;
  }
  getTitle() {
    return this._title ?? '';
  }
  isDestroyed() {
    return this._destroyed;
  }
  isLoading() {
    return false;
  }
  getLastWebPreferences() {
    return { ...this._preferences };
  }
  get session() {
    return require('./session.cjs').session.defaultSession;
  }
  setWindowOpenHandler(
    /** @type {(details: Record<string, unknown>) => { action: 'allow' | 'deny' }} */ handler,
  ) {
    this._windowOpenHandler = handler;
  }

  /** web-contents.md loadURL: resolves when the page has loaded (did-finish-load), rejects when it fails. */
  async loadURL(/** @type {string} */ url) {
    const { page } = await this._opened();
    const parsed = new URL(url);
    // Set ahead of the navigation: Chromium answers no DevTools command while it waits on us.
    await this.session._applyPermissions(
      this,
      `${parsed.protocol}//${parsed.host}`,
      new URL(toPageUrl(url)).origin,
    );
    try {
      await page.goto(toPageUrl(url), { waitUntil: 'load' });
    } catch (error) {
      this.emit('did-fail-load', preventable(), -2, String(error), url, true);
      throw error;
    }
    this._url = url;
    this._title = await page.title();
    note(`window ${this.id} loaded ${url} (a headless Chromium page)`);
    this.emit('dom-ready', preventable());
    this.emit('did-finish-load', preventable());
  }

  async reload() {
    const { page } = await this._opened();
    await page.reload({ waitUntil: 'load' });
  }

  async executeJavaScript(/** @type {string} */ code) {
    const { page } = await this._opened();
    return page.evaluate(code);
  }

  /** web-contents.md send: a message to the preload's ipcRenderer. */
  send(/** @type {string} */ channel, /** @type {unknown[]} */ ...args) {
    this._bridge.deliver(channel, structuredClone(args));
  }

  /** web-contents.md close(): as if the page called window.close(); the window closes with it. */
  close(/** @type {{ waitForBeforeUnload?: boolean }} */ options = {}) {
    void options;
    /** @type {{ close?: () => void }} */ (/** @type {unknown} */ (this._owner)).close?.();
  }

  focus() {}
  isFocused() {
    return true;
  }
  openDevTools() {
    note(
      'openDevTools: attach Chrome DevTools to the endpoint printed at start (--remote-debugging-port)',
    );
  }

  /** A navigation request of the main frame (requests.cjs). */
  _navigate(/** @type {import('playwright-core').Route} */ route) {
    return navigate(this, route);
  }

  _pageClosed() {
    if (this._destroyed) return;
    this._destroyed = true;
    all.delete(this.id);
    this.emit('destroyed');
    /** @type {{ _pageClosed?: () => void }} */ (
      /** @type {unknown} */ (this._owner)
    )._pageClosed?.();
  }

  /** The page's main frame as main sees it (web-frame-main.md): url in app:// terms, no parent. */
  get mainFrame() {
    return {
      url: this._url,
      origin: '',
      parent: null,
      name: '',
      isDestroyed: () => this._destroyed,
    };
  }

  static _forPage(/** @type {import('playwright-core').Page} */ page) {
    return byPage.get(page);
  }
}

/** The `webContents` module (web-contents.md). */
const webContents = {
  getAllWebContents: () => [...all.values()],
  fromId: (/** @type {number} */ id) => all.get(id),
  getFocusedWebContents: () => [...all.values()][0] ?? null,
  /** What Playwright's _electron uses to find a page's BrowserWindow. */
  fromDevToolsTargetId(/** @type {string} */ targetId) {
    return [...all.values()].find((c) => c._targetId === targetId);
  },
};

module.exports = { WebContents, webContents };
