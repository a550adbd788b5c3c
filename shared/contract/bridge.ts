import type { Bridge, ChannelName } from './index';
import { channelId } from './wire';

/**
 * Builds `window.portdesk`: one function per channel name, `invoke` being the transport
 * (Electron IPC, or a test binding). It takes the names rather than importing the contract,
 * so the preload carries the names only (see `electron/preload.ts`).
 */
export function createBridge(
  names: readonly ChannelName[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
): Bridge {
  const entries = names.map((name) => [name, (input?: unknown) => invoke(channelId(name), input)]);
  return Object.freeze(Object.fromEntries(entries)) as Bridge;
}
