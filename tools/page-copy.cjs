// @ts-check
// CommonJS so the Electron test double (plain Node, test/support/electron-double/) and the
// browser harness (tools/harness.ts) share it.

/**
 * How a value from main reaches a page through a Playwright binding, the transport both test
 * doubles of Electron's IPC use (the browser harness's `window.portdesk`, the Electron double's
 * contextBridge).
 *
 * Electron copies an invoke's reply with the structured clone algorithm (docs/api/ipc-renderer.md,
 * "ipcRenderer.invoke": arguments and results are serialized with the Structured Clone
 * Algorithm), natively in V8's serializer. Playwright's binding instead walks each value in
 * JavaScript with a type tag per node: on the 10,000-order list (4 MB) that took 1.7 to 2.4 s
 * where JSON text took 0.14 to 0.22 s end to end (measured on this machine, 2026-12-01). The
 * test transport should not be ten times slower than the one it stands in for, or what the bench
 * times is the double. So a value that JSON carries exactly crosses as JSON text, which the page
 * parses; any other value (a Uint8Array, a Date, an undefined inside) crosses as before, so
 * what arrives is unchanged either way.
 * @param {unknown} value
 * @returns {{ json: string } | { value: unknown }}
 */
function copyForPage(value) {
  return isJsonExact(value) ? { json: JSON.stringify(value) } : { value };
}

/**
 * True when `JSON.parse(JSON.stringify(value))` gives back the same data: plain objects and
 * arrays of strings, finite numbers (not -0), booleans and null, with no undefined anywhere
 * (structured clone keeps an undefined property; JSON drops it), no holes, no toJSON (JSON
 * calls one even when it is not enumerable; Electron's copy never does) and no object met
 * twice (the structured clone's memory and the context bridge's object cache,
 * shell/renderer/api/electron_api_context_bridge.cc, keep it one object where JSON makes two;
 * a cycle never ends).
 * @param {unknown} value
 * @returns {boolean}
 */
function isJsonExact(value) {
  /** @type {Set<object>} */
  const met = new Set();
  const exact = (/** @type {unknown} */ v) => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
    if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
    if (typeof v !== 'object' || 'toJSON' in v || met.has(v)) return false;
    met.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (!(i in v) || !exact(v[i])) return false;
      return true;
    }
    const prototype = Object.getPrototypeOf(v);
    if (prototype !== Object.prototype && prototype !== null) return false;
    for (const key in v) {
      if (!exact(/** @type {Record<string, unknown>} */ (v)[key])) return false;
    }
    return true;
  };
  return exact(value);
}

module.exports = { copyForPage, isJsonExact };
