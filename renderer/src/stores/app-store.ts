import { errorWords } from '@shared/error-words';
import type { AppInfo } from '@shared/schemas/app-info';
import type { Settings, SettingsPatch } from '@shared/schemas/settings';
import type { StartupNotice } from '@shared/schemas/startup-notice';
import { create } from 'zustand';

import { api } from '../api';

interface AppState {
  info: AppInfo | undefined;
  settings: Settings | undefined;
  notices: StartupNotice[];
  loadError: string | undefined;
  load(): Promise<void>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  dismissNotice(id: string): Promise<void>;
}

/** App-wide state: what main told us at start-up (which page shows is `navigation.ts`'s). */
export const useAppStore = create<AppState>((set) => ({
  info: undefined,
  settings: undefined,
  notices: [],
  loadError: undefined,
  async load() {
    try {
      const [info, settings, notices] = await Promise.all([
        api.getAppInfo(),
        api.getSettings(),
        api.getStartupNotices(),
      ]);
      set({ info, settings, notices, loadError: undefined });
    } catch (error) {
      set({ loadError: errorWords(error) });
    }
  },
  async updateSettings(patch) {
    const settings = await api.updateSettings(patch);
    set({ settings });
    return settings;
  },
  async dismissNotice(id) {
    set({ notices: await api.dismissStartupNotice({ id }) });
  },
}));
