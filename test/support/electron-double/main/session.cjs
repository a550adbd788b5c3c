// @ts-check
const { EventEmitter } = require('node:events');

const { protocol } = require('./protocol.cjs');

/**
 * `session.defaultSession` (docs/api/session.md). The permission handlers are kept and asked:
 * before each document, the check handler decides what Chromium answers for the page's origin
 * (Browser.setPermission), so `navigator.permissions` and `Notification.permission` say what the
 * app decided; headless Chromium never shows a prompt, so a request the check refuses fails.
 */
class Session extends EventEmitter {
  constructor() {
    super();
    this.protocol = protocol;
    /** @type {((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null} */
    this._requestHandler = null;
    /** @type {((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null} */
    this._checkHandler = null;
    this._spellChecker = true;
    this.webRequest = {
      /** Development only in PortDesk (the Vite dev server's CSP); not emulated. */
      onHeadersReceived: () => {},
    };
  }
  setPermissionRequestHandler(/** @type {Session['_requestHandler']} */ handler) {
    this._requestHandler = handler;
  }
  setPermissionCheckHandler(/** @type {Session['_checkHandler']} */ handler) {
    this._checkHandler = handler;
  }
  /** Whether `permission` is granted to `origin`, as the check handler says (Chromium's default: granted only when asked... here: denied). */
  _allows(
    /** @type {unknown} */ contents,
    /** @type {string} */ permission,
    /** @type {string} */ origin,
  ) {
    return this._checkHandler
      ? this._checkHandler(contents, permission, origin, { requestingUrl: origin })
      : false;
  }
  setSpellCheckerEnabled(/** @type {boolean} */ enabled) {
    this._spellChecker = enabled;
  }
  isSpellCheckerEnabled() {
    return this._spellChecker;
  }
  getSpellCheckerLanguages() {
    return [];
  }
}

const session = { defaultSession: new Session() };

module.exports = { session };
