// @ts-check
const { EventEmitter } = require('node:events');

/**
 * @typedef {{
 *   invoke: (channel: string, args: unknown[]) => Promise<{ error?: string, result?: unknown }>,
 *   send: (channel: string, args: unknown[]) => void,
 * }} RendererLink
 */

/**
 * The preload's `ipcRenderer` (lib/renderer/api/ipc-renderer.ts): `invoke` resolves with the
 * handler's result or throws "Error invoking remote method '<channel>': <error>". Arguments
 * cross with the structured clone algorithm (docs/api/ipc-renderer.md), so a function or a DOM
 * node throws here as it does in Electron; the reply is cloned on the main side.
 * @param {RendererLink} link
 */
function createIpcRenderer(link) {
  return Object.assign(new EventEmitter(), {
    async invoke(/** @type {string} */ channel, /** @type {unknown[]} */ ...args) {
      const { error, result } = await link.invoke(channel, structuredClone(args));
      if (error) throw new Error(`Error invoking remote method '${channel}': ${error}`);
      return result;
    },
    send(/** @type {string} */ channel, /** @type {unknown[]} */ ...args) {
      link.send(channel, structuredClone(args));
    },
    sendSync() {
      throw new Error('electron-double: ipcRenderer.sendSync is not emulated');
    },
    postMessage() {
      throw new Error('electron-double: ipcRenderer.postMessage is not emulated');
    },
  });
}

module.exports = { createIpcRenderer };
