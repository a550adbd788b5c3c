// @ts-check
const { fromPageUrl, respond } = require('./protocol.cjs');

/**
 * Every request the pages make passes here. A navigation of a window's main frame goes to its
 * webContents (will-navigate, the preload); a request to a mapped `app://` URL is answered by the
 * app's protocol handler; anything else goes out as Chromium would send it.
 */
async function handleRequest(/** @type {import('playwright-core').Route} */ route) {
  const request = route.request();
  if (request.isNavigationRequest()) {
    /** @type {import('playwright-core').Frame | undefined} */
    let frame;
    try {
      frame = request.frame();
    } catch {
      // A window that is still being created: a popup, refused by setWindowOpenHandler (see web-contents.cjs).
      return route.abort('aborted');
    }
    const { WebContents } = require('./web-contents.cjs');
    const contents = WebContents._forPage(frame.page());
    if (contents && frame === frame.page().mainFrame()) return contents._navigate(route);
  }
  return serve(route);
}

/** Answers from the app's protocol handler when the URL is a mapped one; otherwise lets it through. */
function serve(/** @type {import('playwright-core').Route} */ route) {
  const url = route.request().url();
  const appUrl = fromPageUrl(url);
  return appUrl === url ? route.continue() : respond(route, appUrl);
}

module.exports = { handleRequest, serve };
