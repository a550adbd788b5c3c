// @ts-check
/** Names of the two Playwright bindings a window's page reaches main through; the page script removes them. */
const bindingNames = { call: '__electronDoubleCall', open: '__electronDoubleOpen' };

/**
 * The script each new document of a window runs first (Page.addScriptToEvaluateOnNewDocument,
 * which no CSP governs), standing in for what Electron does natively:
 * - `window.open` asks main (`setWindowOpenHandler`) and returns null: a refused window opens
 *   nothing (docs/api/window-open.md). A window the handler allows is not emulated.
 * - in the main frame only (the preload runs there alone, nodeIntegrationInSubFrames being off),
 *   each key the preload exposed with contextBridge.exposeInMainWorld: functions call back into
 *   the preload (arguments and results copied, as context-bridge.md says), values copied and
 *   frozen. Nothing else: no `require`, no `process`, no `ipcRenderer`.
 * Limitation: a proxied function always returns a Promise here, even when the preload's returns
 * a plain value.
 * @param {[string, unknown][]} exposures what describeApi made of each exposed API
 */
function bridgeScript(exposures) {
  return `(${pageSide.toString()})(${JSON.stringify(exposures)}, ${JSON.stringify(bindingNames)});`;
}

/** Runs in the page. Kept free of outside references: it is sent as source. */
function pageSide(
  /** @type {[string, any][]} */ exposures,
  /** @type {typeof bindingNames} */ names,
) {
  const w = /** @type {any} */ (window);
  const call = w[names.call];
  const open = w[names.open];
  delete w[names.call];
  delete w[names.open];
  w.open = function (
    /** @type {unknown} */ url,
    /** @type {unknown} */ target,
    /** @type {unknown} */ features,
  ) {
    const absolute = new URL(url === undefined ? 'about:blank' : String(url), document.baseURI)
      .href;
    open(
      absolute,
      target === undefined ? '_blank' : String(target),
      features === undefined ? '' : String(features),
    );
    return null;
  };
  if (window !== window.top) return;
  const build = (/** @type {string} */ key, /** @type {any} */ shape) => {
    if (shape.fn) {
      // The reply as DocumentBridge.call copies it (tools/page-copy.cjs).
      return async (/** @type {unknown[]} */ ...args) => {
        const reply = await call(key, shape.fn, args);
        return 'json' in reply ? JSON.parse(reply.json) : reply.value;
      };
    }
    if (shape.array) return Object.freeze(shape.array.map((/** @type {any} */ s) => build(key, s)));
    if (shape.object) {
      return Object.freeze(
        Object.fromEntries(
          shape.object.map((/** @type {[string, any]} */ [k, s]) => [k, build(key, s)]),
        ),
      );
    }
    return shape.value;
  };
  for (const [key, shape] of exposures) {
    Object.defineProperty(window, key, { value: build(key, shape), enumerable: true });
  }
}

module.exports = { bridgeScript, bindingNames };
