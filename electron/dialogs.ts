import { dialog } from 'electron';

import type { Dialogs } from './services/dialogs';

const firstPath = (result: { canceled: boolean; filePaths: string[] }) =>
  result.canceled ? undefined : result.filePaths[0];

/** The OS's own file dialogs, for the services that ask the admin for a file or folder. */
export const electronDialogs: Dialogs = {
  async chooseNumbersFile() {
    return firstPath(
      await dialog.showOpenDialog({
        title: 'Import numbers',
        filters: [{ name: 'Numbers (CSV or text)', extensions: ['csv', 'txt'] }],
        properties: ['openFile'],
      }),
    );
  },
  async chooseExportFolder() {
    return firstPath(
      await dialog.showOpenDialog({
        title: 'Export to',
        properties: ['openDirectory', 'createDirectory'],
      }),
    );
  },
  async chooseScanFile() {
    return firstPath(
      await dialog.showOpenDialog({
        title: 'Attach the signed letter',
        filters: [
          { name: 'Signed letter (PDF, PNG or JPG)', extensions: ['pdf', 'png', 'jpg', 'jpeg'] },
        ],
        properties: ['openFile'],
      }),
    );
  },
  async chooseOrderFile() {
    return firstPath(
      await dialog.showOpenDialog({
        title: 'Import a port order',
        filters: [{ name: 'PortDesk order', extensions: ['portorder'] }],
        properties: ['openFile'],
      }),
    );
  },
  async chooseOrderSaveFile(suggestedName) {
    const result = await dialog.showSaveDialog({
      title: 'Export the port order',
      defaultPath: suggestedName,
      filters: [{ name: 'PortDesk order', extensions: ['portorder'] }],
      // Off by default on Linux: without it a colleague's file could be replaced without a word.
      properties: ['showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return undefined;
    // A typed name without the extension would be invisible to the import dialog's filter.
    return result.filePath.endsWith('.portorder')
      ? result.filePath
      : `${result.filePath}.portorder`;
  },
};
