// @ts-check
/**
 * `clipboard` as Electron 45 has it (docs/breaking-changes.md, "clipboard module rearchitected
 * to align with the W3C Clipboard API"): readText and writeText return Promises. The OS
 * clipboard is this process's memory here.
 */
let text = '';

const clipboard = {
  async readText() {
    return text;
  },
  async writeText(/** @type {string} */ value) {
    text = String(value);
  },
  async has(/** @type {string} */ mimetype) {
    return mimetype === 'text/plain' && text !== '';
  },
  clear() {
    text = '';
  },
};

module.exports = { clipboard };
