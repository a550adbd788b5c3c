import { dirname, join } from 'node:path';

import { type BrowserWindow, dialog, type OpenDialogOptions } from 'electron';

import type { Dialogs } from './services/dialogs';

const firstPath = (result: { canceled: boolean; filePaths: string[] }) =>
  result.canceled ? undefined : result.filePaths[0];

/**
 * The OS's own file dialogs, for the services that ask the admin for a file or folder. Each
 * opens on the app's window (modal to it, and on top of it), and starts in the folder the
 * admin used last this session: since Electron 43 the dialogs open in Downloads unless told
 * otherwise, and the OS no longer remembers the last folder (breaking-changes.md, 43.0).
 */
export function createElectronDialogs(parent: () => BrowserWindow | undefined): Dialogs {
  let lastFolder: string | undefined;
  const remember = (path: string | undefined, isFolder = false) => {
    if (path) lastFolder = isFolder ? path : dirname(path);
    return path;
  };
  const open = async (options: OpenDialogOptions) => {
    const window = parent();
    const withFolder = { ...options, defaultPath: lastFolder };
    const result = window
      ? await dialog.showOpenDialog(window, withFolder)
      : await dialog.showOpenDialog(withFolder);
    return firstPath(result);
  };

  return {
    async chooseNumbersFile() {
      return remember(
        await open({
          title: 'Import numbers',
          filters: [{ name: 'Numbers (CSV or text)', extensions: ['csv', 'txt'] }],
          properties: ['openFile'],
        }),
      );
    },
    async chooseExportFolder() {
      return remember(
        await open({ title: 'Export to', properties: ['openDirectory', 'createDirectory'] }),
        true,
      );
    },
    async chooseScanFile() {
      return remember(
        await open({
          title: 'Attach the signed letter',
          filters: [
            { name: 'Signed letter (PDF, PNG or JPG)', extensions: ['pdf', 'png', 'jpg', 'jpeg'] },
          ],
          properties: ['openFile'],
        }),
      );
    },
    async chooseDocumentFile() {
      return remember(
        await open({
          title: 'Attach a document for the carrier',
          filters: [{ name: 'PDF (a recent bill, the CSR)', extensions: ['pdf'] }],
          properties: ['openFile'],
        }),
      );
    },
    async chooseOrderFile() {
      return remember(
        await open({
          title: 'Import a port order',
          filters: [{ name: 'PortDesk order', extensions: ['portorder'] }],
          properties: ['openFile'],
        }),
      );
    },
    async chooseOrderSaveFile(suggestedName) {
      const window = parent();
      const options = {
        title: 'Export the port order',
        defaultPath: lastFolder ? join(lastFolder, suggestedName) : suggestedName,
        filters: [{ name: 'PortDesk order', extensions: ['portorder'] }],
        // Off by default on Linux: without it a colleague's file could be replaced without a word.
        properties: ['showOverwriteConfirmation' as const],
      };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return undefined;
      remember(result.filePath);
      // A typed name without the extension would be invisible to the import dialog's filter.
      return result.filePath.endsWith('.portorder')
        ? result.filePath
        : `${result.filePath}.portorder`;
    },
  };
}
