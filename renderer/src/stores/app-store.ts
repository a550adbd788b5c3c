import { errorWords } from '@shared/error-words';
import type { AppInfo } from '@shared/schemas/app-info';
import type { Settings, SettingsPatch } from '@shared/schemas/settings';
import type { StartupNotice } from '@shared/schemas/startup-notice';
import { create } from 'zustand';

import { api } from '../api';

export type Page = 'orders' | 'wizard' | 'pin' | 'settings';

interface AppState {
  page: Page;
  info: AppInfo | undefined;
  settings: Settings | undefined;
  notices: StartupNotice[];
  loadError: string | undefined;
  navigate(page: Page): void;
  load(): Promise<void>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  dismissNotice(id: string): Promise<void>;
}

/** App-wide state: which page is shown, and what main told us at start-up. */
export const useAppStore = create<AppState>((set) => ({
  page: 'orders',
  info: undefined,
  settings: undefined,
  notices: [],
  loadError: undefined,
  navigate: (page) => set({ page }),
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
