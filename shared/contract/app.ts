import { appInfoSchema } from '../schemas/app-info';
import { type ChannelGroup, noInput } from './channel';

/** PortDesk itself: its version and where it keeps its data. */
export const appChannels = {
  getAppInfo: { input: noInput, output: appInfoSchema },
} as const satisfies ChannelGroup;
