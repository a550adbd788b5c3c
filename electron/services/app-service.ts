import type { appChannels } from '@shared/contract/app';
import type { HandlersOf } from '@shared/contract/channel';
import type { AppInfo } from '@shared/schemas/app-info';

/** The app channels: PortDesk's own facts, as main knows them at start-up. */
export function appHandlers(appInfo: AppInfo): HandlersOf<typeof appChannels> {
  return {
    getAppInfo: () => appInfo,
  };
}
