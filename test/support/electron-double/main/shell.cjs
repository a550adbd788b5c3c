// @ts-check
const { note } = require('../rules.cjs');

/**
 * `shell` (docs/api/shell.md). The double opens nothing on the machine: each call is written
 * to stderr ("electron-double: shell.openExternal <url>") and kept in `shell._calls`, so a test
 * or a developer sees what the app asked the OS to do. openPath resolves with '' (no error).
 */
const shell = {
  /** @type {{ method: string, target: string }[]} */
  _calls: [],
  async openExternal(/** @type {string} */ url) {
    shell._record('openExternal', url);
  },
  async openPath(/** @type {string} */ path) {
    shell._record('openPath', path);
    return '';
  },
  showItemInFolder(/** @type {string} */ path) {
    shell._record('showItemInFolder', path);
  },
  beep() {},
  _record(/** @type {string} */ method, /** @type {string} */ target) {
    shell._calls.push({ method, target });
    note(`shell.${method} ${target}`);
  },
};

module.exports = { shell };
