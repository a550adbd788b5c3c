import { z } from 'zod';

export const themePreferenceSchema = z.enum(['system', 'light', 'dark'], {
  error: 'Theme: choose System, Light or Dark.',
});
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

/** The admin's preferences for the app itself (organization details live with organizations). */
export const settingsSchema = z.object({
  theme: themePreferenceSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { theme: 'system' };

/** A change to some settings; unknown keys are refused so nothing stray reaches the disk. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
