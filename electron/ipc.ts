import { channelNames } from '@shared/contract';
import { channelId } from '@shared/contract/wire';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';

import type { Dispatch } from './ipc-dispatcher';
import type { IpcSender } from './sender-check';

/** Registers one `ipcMain.handle` per contract channel, each going through the dispatcher's checks. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch): void {
  for (const name of channelNames) {
    ipcMain.handle(channelId(name), (event, input: unknown) =>
      dispatch(senderOf(event), name, input),
    );
  }
}

function senderOf(event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  // A frame without a parent is the window's top-level document, never an iframe.
  return { url: frame?.url ?? '', isMainFrame: frame !== null && frame.parent === null };
}
