// @ts-check
const { note } = require('../rules.cjs');

/**
 * `dialog` (docs/api/dialog.md). There is no one to answer a native dialog here: file dialogs
 * answer "cancelled" and message boxes their default button, each call written to stderr. A test
 * scripts the answer the way it would with real Electron, by replacing the method from
 * `electronApp.evaluate(({ dialog }) => ...)`. showErrorBox is written to stderr, as Electron
 * does on Linux before a GUI exists (dialog.md dialog.showErrorBox).
 */
const dialog = {
  async showOpenDialog(/** @type {unknown[]} */ ...args) {
    note(`dialog.showOpenDialog ${JSON.stringify(options(args))}: cancelled`);
    return { canceled: true, filePaths: [] };
  },
  async showSaveDialog(/** @type {unknown[]} */ ...args) {
    note(`dialog.showSaveDialog ${JSON.stringify(options(args))}: cancelled`);
    return { canceled: true, filePath: '' };
  },
  async showMessageBox(/** @type {unknown[]} */ ...args) {
    const { defaultId = 0 } = /** @type {{ defaultId?: number }} */ (options(args));
    note(`dialog.showMessageBox ${JSON.stringify(options(args))}: button ${defaultId}`);
    return { response: defaultId, checkboxChecked: false };
  },
  showErrorBox(/** @type {string} */ title, /** @type {string} */ content) {
    process.stderr.write(`${title}\n${content}\n`);
  },
};

/** dialog.md: the first argument may be the parent window; the options follow it. */
function options(/** @type {unknown[]} */ args) {
  const last = args.at(-1);
  return typeof last === 'object' && last !== null && !('webContents' in last) ? last : {};
}

module.exports = { dialog };
