import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../shared/bridge';

// The renderer gets named functions only, one per contract channel: never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'portdesk',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
