// @ts-check
/**
 * The Electron test double's main-process `electron` module: what `import ... from 'electron'`
 * and `require('electron')` give the app, the `-r` modules and Playwright's `electronApp.evaluate`
 * (one instance, so a test that replaces `dialog.showOpenDialog` replaces it for the app too).
 */
const { app } = require('./app.cjs');
const { BrowserWindow } = require('./browser-window.cjs');
const { clipboard } = require('./clipboard.cjs');
const { dialog } = require('./dialog.cjs');
const { ipcMain } = require('./ipc-main.cjs');
const { Menu, MenuItem } = require('./menu.cjs');
const { nativeTheme } = require('./native-theme.cjs');
const { protocol } = require('./protocol.cjs');
const { safeStorage } = require('./safe-storage.cjs');
const { screen: electronScreen } = require('./screen.cjs');
const { session } = require('./session.cjs');
const { shell } = require('./shell.cjs');
const { webContents } = require('./web-contents.cjs');

module.exports = {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  MenuItem,
  nativeTheme,
  protocol,
  safeStorage,
  screen: electronScreen,
  session,
  shell,
  webContents,
};
