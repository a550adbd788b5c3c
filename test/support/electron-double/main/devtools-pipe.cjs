// @ts-check

/**
 * The double's own line to its Chromium: the DevTools pipe Chromium opens with
 * `--remote-debugging-pipe` (fd 3 for what it reads, fd 4 for what it writes), each message
 * JSON ended by a NUL byte, given to Playwright's `connectOverCDP(transport)`.
 *
 * Why not the WebSocket endpoint: Playwright's WebSocket client asks for permessage-deflate,
 * so every large message (a script the page loads, an IPC reply) was compressed on one side
 * and inflated on the other, on the main process's thread. Electron has no such step (its
 * main and renderer processes talk over Mojo), and it cost the app's start about 45 ms at
 * 1,000 orders (`npm run bench`). The WebSocket endpoint stays open for Playwright's
 * `_electron`, which connects to it as it does to Electron.
 * @param {import('node:stream').Writable} toChromium
 * @param {import('node:stream').Readable} fromChromium
 * @returns {import('playwright-core').ConnectOverCDPTransport}
 */
function devToolsPipe(toChromium, fromChromium) {
  /** @type {Buffer[]} */
  let partial = [];
  let closed = false;
  /** @type {import('playwright-core').ConnectOverCDPTransport} */
  const transport = {
    send(message) {
      if (closed) throw new Error('electron-double: the DevTools pipe to Chromium is closed');
      toChromium.write(`${JSON.stringify(message)}\0`);
    },
    close() {
      toChromium.end();
    },
  };
  const close = () => {
    if (closed) return;
    closed = true;
    setImmediate(() => transport.onclose?.());
  };
  // Chromium gone (killed by stop(), or crashed) with messages unread: the socket is reset. As
  // Playwright's own pipe does, that is the end of the line, never an unhandled 'error' (which
  // would kill this process: the app would not quit as it should).
  toChromium.on('error', close);
  fromChromium.on('error', close);
  fromChromium.on('data', (/** @type {Buffer} */ chunk) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      partial.push(chunk.subarray(start, end));
      const message = Buffer.concat(partial).toString('utf8');
      partial = [];
      start = end + 1;
      // As Playwright's own pipe does: each message on a task of its own, in order.
      setImmediate(() => transport.onmessage?.(JSON.parse(message)));
    }
    if (start < chunk.length) partial.push(chunk.subarray(start));
  });
  fromChromium.on('close', close);
  return transport;
}

module.exports = { devToolsPipe };
