import { createBridge } from '@shared/bridge';
import { contextBridge, ipcRenderer } from 'electron';

// The renderer gets named functions only, one per contract channel: never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'portdesk',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
