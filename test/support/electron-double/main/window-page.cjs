// @ts-check
const { bindingNames } = require('../renderer/bridge-script.cjs');
const { runningChromium } = require('./runtime.cjs');

const marker = 'about:blank#electron-double-window-';
let watchingPopups = false;

/**
 * @typedef {{ page: import('playwright-core').Page, session: import('playwright-core').CDPSession, targetId: string }} WindowPage
 * @typedef {{
 *   id: number,
 *   bounds: { x: number, y: number, width: number, height: number },
 *   onCall: (frame: import('playwright-core').Frame, key: string, path: (string | number)[], args: unknown[]) => unknown,
 *   onOpen: (details: { url: string, frameName: string, features: string, disposition: string }) => void,
 *   onRendererNavigation: (url: string) => void,
 *   onFirstContentfulPaint: () => void,
 * }} PageHooks
 */

/**
 * A BrowserWindow's page: a Chromium target in a window of its own at the window's bounds,
 * with the bindings its document script uses and the DevTools events the double needs:
 * the first contentful paint of each document (→ 'ready-to-show'), renderer-initiated
 * navigations (→ 'will-navigate') and popups (→ setWindowOpenHandler).
 * @param {PageHooks} hooks
 * @returns {Promise<WindowPage>}
 */
async function openWindowPage(hooks) {
  const { context, browserSession } = await runningChromium();
  watchPopups(context);
  const url = `${marker}${hooks.id}`;
  const appeared = context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 0 });
  const { x, y, width, height } = hooks.bounds;
  const { targetId } = await browserSession.send('Target.createTarget', {
    url,
    newWindow: true,
    left: x,
    top: y,
    width,
    height,
  });
  const page = context.pages().find((p) => p.url() === url) ?? (await appeared);
  const session = await context.newCDPSession(page);
  await session.send('Page.enable');
  await session.send('Page.setLifecycleEventsEnabled', { enabled: true });
  session.on('Page.lifecycleEvent', (event) => {
    if (event.name === 'firstContentfulPaint' && event.frameId === targetId)
      hooks.onFirstContentfulPaint();
  });
  session.on('Page.frameRequestedNavigation', (event) => {
    if (event.frameId === targetId && event.disposition === 'currentTab')
      hooks.onRendererNavigation(event.url);
  });
  // A link with target=_blank (window.open itself is answered by the document script).
  session.on('Page.windowOpen', (event) =>
    hooks.onOpen({
      url: event.url,
      frameName: event.windowName,
      features: event.windowFeatures.join(','),
      disposition: 'foreground-tab',
    }),
  );
  await page.exposeBinding(bindingNames.call, ({ frame }, key, path, args) =>
    hooks.onCall(frame, key, path, args),
  );
  await page.exposeBinding(bindingNames.open, (_source, url, frameName, features) =>
    hooks.onOpen({ url, frameName, features, disposition: 'new-window' }),
  );
  return { page, session, targetId };
}

/** A page no BrowserWindow made is a popup the double refused (see onOpen): it is closed at once. */
function watchPopups(/** @type {import('playwright-core').BrowserContext} */ context) {
  if (watchingPopups) return;
  watchingPopups = true;
  context.on('page', (page) => {
    if (!page.url().startsWith(marker)) void page.close().catch(() => {});
  });
}

module.exports = { openWindowPage };
