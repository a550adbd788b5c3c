import { type HandlersOf } from '@shared/contract/channel';
import type { settingsChannels } from '@shared/contract/settings';
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
      // A key sent as undefined means "unchanged", never "remove": settings always hold every value.
      const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next = doc.update((current) => ({ ...current, ...given }));
      onChange(next);
      return next;
    },
  };
}

/** The Settings channels, answered by this service. */
export function settingsHandlers(settings: SettingsService): HandlersOf<typeof settingsChannels> {
  return {
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
  };
}
