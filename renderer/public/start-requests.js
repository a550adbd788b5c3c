// @ts-check
// A classic script, loaded with `defer` from index.html: it runs as soon as it has arrived and
// the (tiny) document is parsed, always before the app's bundle (deferred scripts run in
// document order), while the bundle's 0.6 MB of JavaScript is still being fetched and compiled.
// It asks main for what the first screen shows, so that main's replies cross while the page
// loads rather than after it (`npm run bench`, start on the Electron double). The app takes each
// reply once, on its first call of that channel (renderer/src/start-replies.ts); every later
// call asks main afresh. Plain JavaScript outside the bundle: Vite makes every module script of
// index.html part of the one entry, which runs only once its whole graph has loaded.
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
    // When the list was asked for and came: main's part of the first rows (`npm run bench`).
    if (list) performance.mark('portdesk:orders-requested');
    const reply = bridge[channel]?.();
    if (!reply) continue;
    const came = (/** @type {unknown} */ answer) => {
      const ok = /** @type {{ ok?: boolean } | undefined} */ (answer)?.ok;
      if (list && ok) performance.mark('portdesk:orders-listed');
    };
    // Taken by the app, which shows a failure; never an unhandled rejection meanwhile.
    reply.then(came).catch(() => undefined);
    replies[channel] = reply;
  }
  Object.defineProperty(window, 'portdeskStartReplies', { value: replies });
})();
