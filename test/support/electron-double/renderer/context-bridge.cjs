// @ts-check
/**
 * `contextBridge` (docs/api/context-bridge.md): what a preload exposes is recorded per window
 * key; the page receives it through `bridge-script.cjs`. The API may hold functions (proxied to
 * the preload: each call comes back here), strings, numbers, booleans, arrays and objects of
 * those (copied and frozen). Exposing a key twice throws, as Electron does.
 */
function createContextBridge() {
  /** @type {Map<string, unknown>} */
  const exposures = new Map();
  const contextBridge = {
    exposeInMainWorld(/** @type {string} */ key, /** @type {unknown} */ api) {
      if (exposures.has(key)) {
        throw new Error(`Cannot bind an API on top of an existing property on the window object`);
      }
      exposures.set(key, api);
    },
    exposeInIsolatedWorld() {
      throw new Error('electron-double: contextBridge.exposeInIsolatedWorld is not emulated');
    },
  };
  return { contextBridge, exposures };
}

/**
 * The page's copy of an exposed API: functions become `{ fn: path }`, plain values are
 * copied. Anything else (class instances, Promises at rest, DOM nodes) is refused: the double
 * does not emulate it, rather than pretend.
 * @param {unknown} value
 * @param {(string | number)[]} path
 * @returns {unknown}
 */
function describeApi(value, path = []) {
  if (typeof value === 'function') return { fn: path };
  if (Array.isArray(value)) return { array: value.map((v, i) => describeApi(v, [...path, i])) };
  if (value !== null && typeof value === 'object') {
    // A plain object of any realm (the preload's world is another realm): its prototype is an Object.prototype.
    const proto = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) {
      throw new Error(
        `electron-double: cannot expose ${path.join('.') || 'this value'} (not a plain object)`,
      );
    }
    return { object: Object.entries(value).map(([k, v]) => [k, describeApi(v, [...path, k])]) };
  }
  return { value };
}

/** The function at `path` inside an exposed API. */
function functionAt(/** @type {unknown} */ api, /** @type {(string | number)[]} */ path) {
  const found = path.reduce(
    (at, key) => /** @type {Record<string | number, unknown>} */ (at)?.[key],
    api,
  );
  if (typeof found !== 'function') throw new Error('electron-double: no exposed function there');
  return /** @type {(...args: unknown[]) => unknown} */ (found);
}

module.exports = { createContextBridge, describeApi, functionAt };
