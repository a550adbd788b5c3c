import { createBridge } from '@shared/contract/bridge';
import { contextBridge, ipcRenderer } from 'electron';
// The names alone, read from the contract when the preload is built (electron.vite.config.ts):
// the preload stays one small file, without zod or a single schema.
import { channelNames } from 'virtual:portdesk-channel-names';

// The renderer gets named functions only, one per contract channel: never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'portdesk',
  createBridge(channelNames, (channel, input) => ipcRenderer.invoke(channel, input)),
);
