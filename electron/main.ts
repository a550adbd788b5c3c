import { join } from 'node:path';

import {
  app,
  BrowserWindow,
  clipboard,
  ipcMain,
  Menu,
  nativeTheme,
  session,
  shell,
} from 'electron';

import { appOrigin, registerAppScheme, serveRenderer } from './app-protocol';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { createDispatcher } from './ipc-dispatcher';
import { buildAppMenu } from './menu';
import { applyDevServerCsp, denyPermissions, lockDownNavigation } from './security';
import { createSenderCheck } from './sender-check';
import { type AppServices, openAppServices } from './services/app-services';
import { createElectronStore } from './storage/electron-store-factory';
import { safeStorageBox } from './storage/safe-storage-box';
import { createMainWindow } from './window';

// Tests and power users may point the app at another data folder.
const userDataArg = process.argv.find((arg) => arg.startsWith('--user-data-dir='));
if (userDataArg) app.setPath('userData', userDataArg.slice('--user-data-dir='.length));

registerAppScheme();
const here = import.meta.dirname;
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
let services: AppServices | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error('PortDesk could not start', error);
    app.exit(1);
  });
}

function start(): void {
  const dataDir = app.getPath('userData');
  const logError = (message: string, error: unknown): void => console.error(message, error);
  const opened = openAppServices({
    dataDir,
    createConf: createElectronStore,
    now: () => new Date(),
    appInfo: { version: app.getVersion(), dataFolder: dataDir, runtime: 'electron' },
    revealPath: (path) => shell.showItemInFolder(path),
    openPath: (path) =>
      void shell
        .openPath(path)
        .then((problem) => problem && logError(`Could not open ${path}`, problem)),
    onSettingsChange: (settings) => (nativeTheme.themeSource = settings.theme),
    logError,
    secretBox: safeStorageBox,
    clipboard: {
      writeText: (text) => clipboard.writeText(text),
      readText: () => clipboard.readText(),
    },
    later: (task, ms) => void setTimeout(task, ms),
    dialogs: electronDialogs,
  });
  services = opened;
  nativeTheme.themeSource = opened.settings.get().theme;

  denyPermissions(session.defaultSession);
  lockDownNavigation();
  if (devServerUrl) applyDevServerCsp(session.defaultSession);
  else serveRenderer(join(here, '../renderer'));
  const startUrl = devServerUrl ?? `${appOrigin}/index.html`;

  const dispatch = createDispatcher(opened.handlers, {
    isTrustedSender: createSenderCheck(startUrl),
    logError,
  });
  registerIpc(ipcMain, dispatch);
  Menu.setApplicationMenu(buildAppMenu(process.platform === 'darwin', !app.isPackaged));

  const openWindow = (): void => {
    createMainWindow({
      preloadPath: join(here, '../preload/preload.cjs'),
      startUrl,
      windowState: opened.windowState,
    });
  };
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

app.on('before-quit', () => services?.flushAll());
// The window's last autosave can arrive after before-quit (it is sent as the window closes): write it too.
app.on('will-quit', () => services?.flushAll());
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
