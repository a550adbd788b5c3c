import { join } from 'node:path';

import { errorWords } from '@shared/error-words';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  session,
  shell,
} from 'electron';

import { appOrigin, registerAppScheme, serveRenderer } from './app-protocol';
import { createElectronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { createDispatcher } from './ipc-dispatcher';
import { buildAppMenu } from './menu';
import { applyDevServerCsp, denyPermissions, lockDownNavigation } from './security';
import { createSenderCheck } from './sender-check';
import {
  type AppServiceDeps,
  type AppServices,
  openAppServices,
  openWindowDocuments,
  type WindowDocuments,
} from './services/app-services';
import { ordersDir } from './services/orders/order-files';
import { readOrdersAhead } from './services/orders/orders-read-ahead';
import { checkedOrdersCacheName, openCheckedFiles } from './storage/checked-files';
import { createElectronStore } from './storage/electron-store-factory';
import { orderFormat } from './storage/formats/order';
import { safeStorageBox } from './storage/safe-storage-box';
import { createMainWindow } from './window';

// Tests and power users may point the app at another data folder with --user-data-dir.
// Electron honours that switch itself, relative to the working folder and created if missing
// (shell/app/electron_main_delegate.cc); app.setPath would throw on a relative path.

registerAppScheme();
const here = import.meta.dirname;
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
let windowDocuments: WindowDocuments | undefined;
let services: AppServices | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failedToStart(error));
}

/**
 * Start-up failed (a data folder that cannot be opened, say): Electron would otherwise show
 * its own "JavaScript error" box and keep a windowless process holding the single-instance
 * lock. Say what went wrong, let go of the lock, and exit.
 */
function failedToStart(error: unknown): void {
  const problem = errorWords(error);
  console.error('PortDesk could not start', error);
  dialog.showErrorBox(
    'PortDesk could not start',
    `${problem}\n\nPortDesk's data folder is ${app.getPath('userData')}. PortDesk has closed: fix what is named above (a file where a folder belongs, a folder it may not write to) and start it again.`,
  );
  app.releaseSingleInstanceLock();
  app.exit(1);
}

function start(): void {
  const dataDir = app.getPath('userData');
  const logError = (message: string, error: unknown): void => console.error(message, error);
  const deps: AppServiceDeps = {
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
    // Electron 45's clipboard is asynchronous: both return Promises (a write can fail).
    clipboard: {
      writeText: (text) => clipboard.writeText(text),
      readText: () => clipboard.readText(),
    },
    later: (task, ms) => void setTimeout(task, ms),
    dialogs: createElectronDialogs(() => BrowserWindow.getAllWindows()[0]),
  };
  // The window opens first, with the two documents it needs (its place, the theme).
  const documents = (windowDocuments = openWindowDocuments(deps));
  nativeTheme.themeSource = documents.settings.get().theme;

  denyPermissions(session.defaultSession);
  lockDownNavigation();
  if (devServerUrl) applyDevServerCsp(session.defaultSession);
  else serveRenderer(join(here, '../renderer'));
  const startUrl = devServerUrl ?? `${appOrigin}/index.html`;

  Menu.setApplicationMenu(buildAppMenu(process.platform === 'darwin', !app.isPackaged));

  const openWindow = (): void => {
    const window = createMainWindow({
      preloadPath: join(here, '../preload/preload.cjs'),
      startUrl,
      windowState: documents.windowState,
    });
    // Windows logoff or shutdown: neither before-quit nor will-quit follows (app.md 'will-quit').
    window.on('session-end', flushAll);
  };
  openWindow();
  // The orders are read while the window loads (main is otherwise idle while the page
  // compiles its scripts); a request that comes before they are open waits for them.
  const checked = openCheckedFiles(
    join(dataDir, checkedOrdersCacheName),
    orderFormat,
    deps.appInfo.version,
  );
  const dispatch = readOrdersAhead(ordersDir(dataDir), orderFormat, checked).then(
    (ordersReadAhead) => {
      services = openAppServices({ ...deps, ordersReadAhead }, documents);
      return createDispatcher(services.handlers, {
        isTrustedSender: createSenderCheck(startUrl),
        logError,
      });
    },
  );
  dispatch.catch(failedToStart);
  registerIpc(ipcMain, (...call) => dispatch.then((ready) => ready(...call)));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

/** Writes what waits (the window's size and place, the progress cache), even before the orders are open. */
function flushAll(): void {
  if (services) services.flushAll();
  else windowDocuments?.windowState.flush();
}

app.on('before-quit', flushAll);
// The window's last autosave can arrive after before-quit (it is sent as the window closes): write it too.
app.on('will-quit', flushAll);
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
