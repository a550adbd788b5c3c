// @ts-check
const { bridgeScript } = require('../renderer/bridge-script.cjs');
const { describeApi, functionAt } = require('../renderer/context-bridge.cjs');
const { runPreload } = require('../renderer/preload-runner.cjs');
const { copyForPage } = require('../../../../tools/page-copy.cjs');
const { brokenRule } = require('../rules.cjs');
const { ipcMain } = require('./ipc-main.cjs');

/**
 * One window's link between its page and main: before each new document of the main frame the
 * preload runs afresh (as Electron runs it per document), and the page's document script
 * installs what it exposed. Calls from the page reach the preload's
 * functions; the preload's ipcRenderer reaches ipcMain with an event naming this window's
 * webContents and main frame (`senderFrame.url` in app:// terms, `parent` null).
 */
class DocumentBridge {
  constructor(/** @type {any} */ contents, /** @type {string | undefined} */ preloadPath) {
    this._contents = contents;
    this._preloadPath = preloadPath;
    /** @type {Map<string, unknown>} */
    this._exposures = new Map();
    /** @type {import('node:events').EventEmitter | undefined} */
    this._ipcRenderer = undefined;
    this._shape = '';
    this._fresh = false;
  }

  /**
   * Before the window's first document: runs the preload and registers the page script.
   * (Chromium does not answer a page's DevTools commands while its navigation waits on the
   * double, so the script is registered here, ahead of any navigation.)
   */
  async prepareWindow(/** @type {import('playwright-core').CDPSession} */ session) {
    const shape = this._runPreload();
    this._shape = JSON.stringify(shape);
    this._fresh = true;
    await session.send('Page.addScriptToEvaluateOnNewDocument', { source: bridgeScript(shape) });
  }

  /** Before each later document of the main frame: the preload runs afresh, as in Electron. */
  nextDocument() {
    if (this._fresh) {
      this._fresh = false;
      return;
    }
    const shape = JSON.stringify(this._runPreload());
    if (shape !== this._shape) {
      brokenRule(
        'the preload exposed a different API than for the first document; the double keeps the first',
        'test/support/electron-double/main/document-bridge.cjs',
      );
    }
  }

  /** @returns {[string, unknown][]} */
  _runPreload() {
    const ran = this._preloadPath ? runPreload(this._preloadPath, this._link()) : undefined;
    this._exposures = ran?.exposures ?? new Map();
    this._ipcRenderer = ran?.ipcRenderer;
    /** @type {[string, unknown][]} */
    const described = [];
    for (const [key, api] of this._exposures) {
      try {
        described.push([key, describeApi(api)]);
      } catch (error) {
        console.error(error);
      }
    }
    return described;
  }

  /**
   * A call from the page to an exposed function (context-bridge.md: arguments and results are
   * copied). The result crosses as tools/page-copy.cjs says: JSON text when JSON carries it
   * exactly, as Playwright's own copy is ten times slower than Electron's.
   */
  async call(
    /** @type {unknown} */ _frame,
    /** @type {string} */ key,
    /** @type {(string | number)[]} */ path,
    /** @type {unknown[]} */ args,
  ) {
    return copyForPage(await functionAt(this._exposures.get(key), path)(...args));
  }

  /** webContents.send: the preload's ipcRenderer emits the message. */
  deliver(/** @type {string} */ channel, /** @type {unknown[]} */ args) {
    this._ipcRenderer?.emit(channel, { sender: this._ipcRenderer, senderId: 0 }, ...args);
  }

  /** @returns {import('../renderer/ipc-renderer.cjs').RendererLink} */
  _link() {
    const event = () => {
      const contents = this._contents;
      /** @type {Record<string, unknown>} */
      const senderFrame = {
        url: contents.getURL(),
        parent: null,
        name: '',
        routingId: 1,
        processId: 1,
        isDestroyed: () => contents.isDestroyed(),
      };
      senderFrame.top = senderFrame;
      return { type: 'frame', sender: contents, senderFrame, frameId: 1, processId: 1 };
    };
    return {
      invoke: (channel, args) => ipcMain._invoke(event(), channel, args),
      send: (channel, args) => void ipcMain.emit(channel, event(), ...args),
    };
  }
}

module.exports = { DocumentBridge };
