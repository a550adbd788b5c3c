// @ts-check
// A classic script, loaded `async` from index.html: it runs as soon as it arrives, while the
// app's 0.6 MB of JavaScript is still being fetched and compiled, and asks main for what the
// first screen shows, so that main's replies cross while the page loads rather than after it
// (`npm run bench`, start on the Electron double). The app takes each reply once, on its first
// call of that channel (renderer/src/start-replies.ts); every later call asks main afresh.
// Plain JavaScript outside the bundle: a module script would wait for the whole bundle.
(() => {
  /** Reads that take no input: asking early changes nothing (test/unit/start-requests.test.ts). */
  const channels = ['getSettings', 'getAppInfo', 'getStartupNotices', 'listOrders'];
  const bridge = /** @type {{ portdesk?: Record<string, () => Promise<unknown>> }} */ (
    /** @type {unknown} */ (window)
  ).portdesk;
  if (!bridge) return;
  /** @type {Record<string, Promise<unknown>>} */
  const replies = {};
  for (const channel of channels) {
    const list = channel === 'listOrders';
    // The marks split the first rows into main's part and the page's (`npm run bench`).
    if (list) performance.mark('portdesk:orders-requested');
    const reply = bridge[channel]?.();
    if (!reply) continue;
    // Taken by the app, which shows a failure; never an unhandled rejection meanwhile.
    reply.then(() => list && performance.mark('portdesk:orders-listed')).catch(() => undefined);
    replies[channel] = reply;
  }
  Object.defineProperty(window, 'portdeskStartReplies', { value: replies });
})();
