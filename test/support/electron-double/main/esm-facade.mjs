// @ts-check
// What ESM `import ... from 'electron'` gets: the same module object as `require('electron')`.
import electron from './index.cjs';

export default electron;
export const {
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
  screen,
  session,
  shell,
  webContents,
} = electron;
