import { BrowserWindow, nativeTheme, screen } from 'electron';

import { minimumWindowSize, restoreBounds, type WindowState } from './services/window-state';
import type { DocumentStore } from './storage/document-store';

export interface MainWindowOptions {
  preloadPath: string;
  startUrl: string;
  windowState: DocumentStore<WindowState>;
}

/** The app window: every security preference set explicitly, size and position remembered. */
export function createMainWindow({
  preloadPath,
  startUrl,
  windowState,
}: MainWindowOptions): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map(
    (d) => d.workArea,
  );
  const saved = windowState.get();
  const window = new BrowserWindow({
    ...restoreBounds(saved.bounds, workAreas),
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    title: 'PortDesk',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#292929' : '#fafafa',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spellchecker downloads its dictionaries from Google on Windows and Linux
      // (tutorial/spellchecker.md): PortDesk works offline, and its fields are names and numbers.
      spellcheck: false,
      // Middle-click would otherwise open links in a new window, around setWindowOpenHandler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // maximize() also shows a hidden window (browser-window.md win.maximize()), so it waits for
  // the content, as show() does: the window never appears empty.
  window.once('ready-to-show', () => {
    if (saved.maximized) window.maximize();
    window.show();
  });

  // Written a moment later, not per pixel: dragging the window writes once.
  const remember = (): void => {
    windowState.setSoon({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  window.on('resize', remember);
  window.on('move', remember);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', () => {
    remember();
    windowState.flush();
  });

  void window.loadURL(startUrl);
  return window;
}
