import type { appChannels } from '@shared/contract/app';
import type { HandlersOf } from '@shared/contract/channel';
import type { AppInfo } from '@shared/schemas/app-info';

export interface AppServiceDeps {
  appInfo: AppInfo;
  /** Shows a file or folder in the OS file manager (Electron's shell in the app). */
  revealPath: (path: string) => void;
}

/** The app channels: PortDesk's own facts, as main knows them at start-up, and its data folder. */
export function appHandlers({
  appInfo,
  revealPath,
}: AppServiceDeps): HandlersOf<typeof appChannels> {
  return {
    getAppInfo: () => appInfo,
    revealDataFolder: () => {
      revealPath(appInfo.dataFolder);
      return appInfo.dataFolder;
    },
  };
}
