import { channelId, channelNames } from './channels';
import type { Bridge } from './ipc';

/** Builds `window.portdesk` from the channel list; `invoke` is the transport (Electron IPC, or a test binding). */
export function createBridge(
  invoke: (channel: string, input: unknown) => Promise<unknown>,
): Bridge {
  const entries = channelNames.map((name) => [
    name,
    (input?: unknown) => invoke(channelId(name), input),
  ]);
  return Object.freeze(Object.fromEntries(entries)) as Bridge;
}
