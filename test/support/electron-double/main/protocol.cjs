// @ts-check
const { brokenRule } = require('../rules.cjs');

/** @typedef {(request: Request) => Response | Promise<Response>} ProtocolHandler */

/** @type {Map<string, { standard?: boolean, secure?: boolean }>} */
const privileged = new Map();
/** @type {Map<string, ProtocolHandler>} */
const handlers = new Map();
const loopbackSuffix = '.localhost';

/**
 * Electron's `protocol` (docs/api/protocol.md). Stock Chromium cannot register a custom
 * standard scheme, so the double maps a privileged standard scheme onto a loopback-only
 * name: `app://portdesk/x` is loaded as `http://portdesk.app.localhost/x` (Chromium resolves
 * `*.localhost` to loopback itself and treats it as a secure context), every request to it
 * is answered by the app's `protocol.handle` handler, never by a server, and main sees the
 * `app://` URL again (`webContents.getURL()`, `senderFrame.url`). Only the page's own
 * `location.origin` shows the mapped name.
 */
const protocol = {
  /** protocol.md: "can only be used before the ready event of the app module gets emitted". */
  registerSchemesAsPrivileged(
    /** @type {{ scheme: string, privileges?: { standard?: boolean, secure?: boolean } }[]} */ schemes,
  ) {
    if (require('./app.cjs').app.isReady()) {
      brokenRule('protocol.registerSchemesAsPrivileged() after ready', 'docs/api/protocol.md');
    }
    for (const { scheme, privileges } of schemes) privileged.set(scheme, privileges ?? {});
  },
  /** protocol.md protocol.handle(scheme, handler): after ready; one handler per scheme. */
  handle(/** @type {string} */ scheme, /** @type {ProtocolHandler} */ handler) {
    if (!require('./app.cjs').app.isReady())
      brokenRule('protocol.handle() before ready', 'docs/api/protocol.md');
    if (handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    handlers.set(scheme, handler);
  },
  unhandle(/** @type {string} */ scheme) {
    handlers.delete(scheme);
  },
  isProtocolHandled(/** @type {string} */ scheme) {
    return handlers.has(scheme);
  },
};

/** `app://portdesk/x` → `http://portdesk.app.localhost/x` for a privileged standard scheme; other URLs as they are. */
function toPageUrl(/** @type {string} */ url) {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  const scheme = parsed?.protocol.slice(0, -1) ?? '';
  if (!parsed || !privileged.get(scheme)?.standard || parsed.host === '') return url;
  return `http://${parsed.host}.${scheme}${loopbackSuffix}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The reverse of toPageUrl: what main sees for a URL the page loaded. */
function fromPageUrl(/** @type {string} */ url) {
  const match = /^http:\/\/([^/:]+)\.([a-z][a-z0-9+.-]*)\.localhost(\/[^]*)?$/.exec(url);
  if (!match || !privileged.get(match[2] ?? '')?.standard) return url;
  return `${match[2]}://${match[1]}${match[3] ?? '/'}`;
}

/** Answers a request to a mapped URL with the scheme's handler, as Electron's protocol does. */
async function respond(
  /** @type {import('playwright-core').Route} */ route,
  /** @type {string} */ appUrl,
) {
  const handler = handlers.get(new URL(appUrl).protocol.slice(0, -1));
  if (!handler) return route.abort('failed');
  const request = route.request();
  const body = request.postDataBuffer();
  const response = await handler(
    new Request(appUrl, {
      method: request.method(),
      headers: request.headers(),
      body: body ? new Uint8Array(body) : undefined,
    }),
  );
  return route.fulfill({
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: Buffer.from(await response.arrayBuffer()),
  });
}

module.exports = { protocol, toPageUrl, fromPageUrl, respond };
