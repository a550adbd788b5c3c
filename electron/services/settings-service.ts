import type { Settings, SettingsPatch } from '@shared/schemas/settings';

import type { DocumentStore } from '../storage/document-store';

export interface SettingsService {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
}

/** The admin's app preferences; `onChange` lets main follow them (e.g. the native theme). */
export function createSettingsService(
  doc: DocumentStore<Settings>,
  onChange: (settings: Settings) => void = () => {},
): SettingsService {
  return {
    get: () => doc.get(),
    update(patch) {
      const next = doc.update((current) => ({ ...current, ...patch }));
      onChange(next);
      return next;
    },
  };
}
