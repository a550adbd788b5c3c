// @ts-check
const { EventEmitter } = require('node:events');
const { readFileSync } = require('node:fs');
const vm = require('node:vm');

const { createContextBridge } = require('./context-bridge.cjs');
const { createIpcRenderer } = require('./ipc-renderer.cjs');

const preloadParams = [
  'require',
  'process',
  'exports',
  'module',
  'Buffer',
  'global',
  'setImmediate',
  'clearImmediate',
];

/**
 * Runs a preload the way Electron runs it in a sandboxed, context-isolated window, once per
 * document of the main frame (lib/sandboxed_renderer/init.ts and preload.ts): compiled as a
 * function of `require, process, exports, module, Buffer, global, setImmediate, clearImmediate`;
 * its `require` gives only `electron` (renderer modules), `events`, `timers` and `url` (with
 * their `node:` names), anything else throws "module not found"; a preload that throws is
 * reported ("Unable to load preload script") and the page loads without it.
 *
 * Not emulated: the preload's world has JavaScript's and a few web globals (console, timers,
 * URL, TextEncoder...), not the DOM; `webFrame`, `webUtils`, `nativeImage` and `crashReporter`
 * throw when touched.
 * @param {string} preloadPath
 * @param {import('./ipc-renderer.cjs').RendererLink} link
 */
function runPreload(preloadPath, link) {
  const bridge = createContextBridge();
  const ipcRenderer = createIpcRenderer(link);
  const electron = { contextBridge: bridge.contextBridge, ipcRenderer };
  for (const name of ['webFrame', 'webUtils', 'nativeImage', 'crashReporter']) {
    Object.defineProperty(electron, name, {
      get: () => {
        throw new Error(`electron-double: ${name} is not emulated in the preload`);
      },
    });
  }
  /** @type {Map<string, () => unknown>} */
  const modules = new Map(
    /** @type {[string, () => unknown][]} */ ([
      ['electron', () => electron],
      ['electron/common', () => electron],
      ['electron/renderer', () => electron],
      ['events', () => require('node:events')],
      ['node:events', () => require('node:events')],
      ['timers', () => require('node:timers')],
      ['node:timers', () => require('node:timers')],
      ['url', () => require('node:url')],
      ['node:url', () => require('node:url')],
    ]),
  );
  const preloadRequire = (/** @type {string} */ name) => {
    const load = modules.get(name);
    if (!load) throw new Error(`module not found: ${name}`);
    return load();
  };
  const world = vm.createContext({
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    structuredClone,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    atob,
    btoa,
  });
  const global = vm.runInContext('globalThis', world);
  const exports = {};
  try {
    const preload = vm.compileFunction(readFileSync(preloadPath, 'utf8'), preloadParams, {
      filename: preloadPath,
      parsingContext: world,
    });
    preload(
      preloadRequire,
      preloadProcess(),
      exports,
      { exports },
      Buffer,
      global,
      setImmediate,
      clearImmediate,
    );
  } catch (error) {
    console.error(`Unable to load preload script: ${preloadPath}`);
    console.error(error);
  }
  return { exposures: bridge.exposures, ipcRenderer };
}

/** lib/sandboxed_renderer/preload.ts createPreloadProcessObject, with the fields Electron copies in. */
function preloadProcess() {
  return Object.assign(new EventEmitter(), {
    type: 'renderer',
    sandboxed: true,
    contextIsolated: true,
    platform: process.platform,
    arch: process.arch,
    env: { ...process.env },
    version: process.version,
    versions: { ...process.versions, electron: '45.4.1' },
    execPath: process.argv[0],
    pid: process.pid,
  });
}

module.exports = { runPreload };
