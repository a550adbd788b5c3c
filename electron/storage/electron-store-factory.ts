import ElectronStore from 'electron-store';

import type { CreateConf } from './conf-like';

/**
 * The app's store: electron-store (conf underneath: atomic writes through a temp file
 * and a rename). Schema checks and migrations are ours, in `document-store.ts`, so conf's
 * own are left off; `clearInvalidConfig` stays false so conf never wipes a file.
 */
export const createElectronStore: CreateConf = ({ name, cwd }) =>
  new ElectronStore<Record<string, unknown>>({
    name,
    cwd,
    clearInvalidConfig: false,
    watch: false,
  });
