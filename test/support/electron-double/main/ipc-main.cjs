// @ts-check
const { EventEmitter } = require('node:events');

/**
 * `ipcMain` (lib/browser/ipc-main-impl.ts) and the main side of an invoke
 * (lib/browser/ipc-dispatch.ts): the handler gets an event naming the sender and its frame,
 * and its result (or its error, as a string) goes back to the renderer, cloned.
 */
class IpcMain extends EventEmitter {
  constructor() {
    super();
    /** @type {Map<string, (event: unknown, ...args: unknown[]) => unknown>} */
    this._invokeHandlers = new Map();
    // ipc-main-impl.ts: do not throw when a channel is named "error".
    this.on('error', () => {});
  }
  handle(
    /** @type {string} */ channel,
    /** @type {(event: unknown, ...args: unknown[]) => unknown} */ fn,
  ) {
    if (this._invokeHandlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    if (typeof fn !== 'function')
      throw new TypeError(`Expected handler to be a function, but found type '${typeof fn}'`);
    this._invokeHandlers.set(channel, fn);
  }
  handleOnce(
    /** @type {string} */ channel,
    /** @type {(event: unknown, ...args: unknown[]) => unknown} */ fn,
  ) {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return fn(event, ...args);
    });
  }
  removeHandler(/** @type {string} */ channel) {
    this._invokeHandlers.delete(channel);
  }

  /** ipc-dispatch.ts '-ipc-invoke': runs the handler for a renderer's invoke. */
  async _invoke(
    /** @type {Record<string, unknown>} */ event,
    /** @type {string} */ channel,
    /** @type {unknown[]} */ args,
  ) {
    const handler = this._invokeHandlers.get(channel);
    const fail = (/** @type {unknown} */ error) => {
      console.error(`Error occurred in handler for '${channel}':`, error);
      return { error: String(error) };
    };
    if (!handler) return fail(new Error(`No handler registered for '${channel}'`));
    try {
      return { result: structuredClone(await handler(event, ...args)) };
    } catch (error) {
      return fail(error);
    }
  }
}

module.exports = { ipcMain: new IpcMain() };
