import { z } from 'zod';

import { appInfoSchema } from '../schemas/app-info';
import { type ChannelGroup, noInput } from './channel';

/** PortDesk itself: its version and where it keeps its data. */
export const appChannels = {
  getAppInfo: { input: noInput, output: appInfoSchema },
  /** Shows PortDesk's data folder in the OS file manager; answers with the folder shown. */
  revealDataFolder: { input: noInput, output: z.string() },
} as const satisfies ChannelGroup;
