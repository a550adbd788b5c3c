// @ts-check
const { runningChromium } = require('./runtime.cjs');

/**
 * The Chromium window around a page, so the page's viewport follows the BrowserWindow's bounds
 * (Browser.getWindowForTarget / Browser.setWindowBounds).
 * @param {{ _opened: () => Promise<{ targetId: string }>, isDestroyed: () => boolean }} contents
 */
async function windowFrame(contents) {
  const { targetId } = await contents._opened();
  const { browserSession } = await runningChromium();
  if (contents.isDestroyed()) return undefined;
  const { windowId } = await browserSession.send('Browser.getWindowForTarget', { targetId });
  return {
    async setBounds(/** @type {{ x: number, y: number, width: number, height: number }} */ b) {
      await browserSession
        .send('Browser.setWindowBounds', {
          windowId,
          bounds: { left: b.x, top: b.y, width: b.width, height: b.height },
        })
        .catch(() => {});
    },
  };
}

module.exports = { windowFrame };
