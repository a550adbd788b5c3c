// @ts-check
const { EventEmitter } = require('node:events');

const { protocol } = require('./protocol.cjs');

/** Chromium's permission names, and Electron's for the same (session.md, "permission"). */
const permissionNames = [
  ['geolocation', 'geolocation'],
  ['notifications', 'notifications'],
  ['camera', 'media'],
  ['microphone', 'media'],
  ['clipboard-read', 'clipboard-read'],
  ['midi', 'midi'],
];

/**
 * `session.defaultSession` (docs/api/session.md). The permission handlers are kept and asked:
 * before loadURL, the check handler decides what Chromium answers for the page's origin
 * (Browser.setPermission), so `navigator.permissions` and `Notification.permission` say what the
 * app decided; headless Chromium never shows a prompt, so a request the check refuses fails.
 * (The request handler itself is kept, not called: DevTools cannot hand a request to it.)
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
  /**
   * Before loadURL: tells Chromium, for the page's origin, what the check handler answers for
   * each permission a page can ask about (Electron's names, session.md
   * setPermissionCheckHandler), so the page's own queries see the app's decision. With no
   * handler, nothing is set and headless Chromium's defaults apply.
   */
  async _applyPermissions(
    /** @type {unknown} */ contents,
    /** @type {string} */ appOrigin,
    /** @type {string} */ pageOrigin,
  ) {
    const handler = this._checkHandler;
    if (!handler) return;
    const { browserSession } = await require('./runtime.cjs').runningChromium();
    await Promise.all(
      permissionNames.map(([chromium, electron]) =>
        browserSession
          .send('Browser.setPermission', {
            permission: { name: chromium ?? '' },
            setting: handler(contents, electron ?? '', appOrigin, { requestingUrl: appOrigin })
              ? 'granted'
              : 'denied',
            origin: pageOrigin,
          })
          .catch(() => {}),
      ),
    );
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
