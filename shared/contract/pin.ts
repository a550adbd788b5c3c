import { copyPinResultSchema, pinStatusSchema, setPinInputSchema } from '../schemas/pin';
import { type ChannelGroup, noInput } from './channel';

/** The organization's port-out PIN: set and copied, never sent to the page. */
export const pinChannels = {
  getPinStatus: { input: noInput, output: pinStatusSchema },
  setPin: { input: setPinInputSchema, output: pinStatusSchema },
  copyPinToClipboard: { input: noInput, output: copyPinResultSchema },
} as const satisfies ChannelGroup;
