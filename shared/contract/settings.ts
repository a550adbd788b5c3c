import { settingsPatchSchema, settingsSchema } from '../schemas/settings';
import { type ChannelGroup, noInput } from './channel';

/** The admin's preferences on this computer. */
export const settingsChannels = {
  getSettings: { input: noInput, output: settingsSchema },
  updateSettings: { input: settingsPatchSchema, output: settingsSchema },
} as const satisfies ChannelGroup;
