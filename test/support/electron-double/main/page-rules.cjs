// @ts-check
const { brokenRule, preventable } = require('../rules.cjs');
const { fromPageUrl } = require('./protocol.cjs');
const { serve } = require('./requests.cjs');

/**
 * What a window's page may do on its own, decided as Electron decides it:
 * - `will-navigate` is emitted for navigations the page starts itself, never for
 *   loadURL/reload (web-contents.md 'will-navigate'); preventing it cancels the navigation
 *   (ERR_ABORTED: no error page), nothing else happens;
 * - setWindowOpenHandler decides every window.open and target=_blank link (window-open.md);
 * - a beforeunload that asks to stay is 'will-prevent-unload' (web-contents.md).
 */

/** A navigation request of the main frame (requests.cjs). */
async function navigate(
  /** @type {any} */ contents,
  /** @type {import('playwright-core').Route} */ route,
) {
  const pageUrl = route.request().url();
  const url = fromPageUrl(pageUrl);
  if (contents._rendererNavigations.delete(pageUrl)) {
    const event = preventable({ url, isSameDocument: false, isMainFrame: true });
    contents.emit('will-navigate', event, url, false, true);
    if (event.defaultPrevented) return route.abort('aborted');
  }
  contents._bridge.nextDocument();
  return serve(route);
}

/** window-open.md: the handler decides; a refused window does not exist, an allowed one is not emulated. */
function windowOpenRequested(
  /** @type {any} */ contents,
  /** @type {{ url: string, frameName: string, features: string, disposition: string }} */ details,
) {
  const url = fromPageUrl(details.url);
  const decision = contents._windowOpenHandler?.({
    ...details,
    url,
    referrer: { url: contents._url, policy: 'strict-origin-when-cross-origin' },
  });
  if (decision?.action !== 'deny') {
    brokenRule(
      `a window was allowed to open ${url}; the double opens none`,
      'docs/api/window-open.md',
    );
  }
}

/**
 * web-contents.md 'will-prevent-unload': a beforeunload that asks to stay keeps the page
 * open unless a listener prevents the event. Other page dialogs are not emulated.
 */
function pageDialog(
  /** @type {any} */ contents,
  /** @type {import('playwright-core').Dialog} */ dialog,
) {
  if (dialog.type() !== 'beforeunload') {
    brokenRule(
      `the page opened a ${dialog.type()} dialog; the double dismisses it`,
      'docs/api/web-contents.md',
    );
    return void dialog.dismiss();
  }
  const event = preventable();
  contents.emit('will-prevent-unload', event);
  if (event.defaultPrevented) return void dialog.accept();
  contents.emit('-close-cancelled');
  return void dialog.dismiss();
}

module.exports = { navigate, pageDialog, windowOpenRequested };
