import type { z } from 'zod';

import type { IpcResult } from '../ipc-error';
import { appChannels } from './app';
import { carrierRecordChannels } from './carrier-record';
import type { ChannelGroup, HandlersOf } from './channel';
import { documentChannels } from './documents';
import { handOffChannels } from './hand-off';
import { numbersChannels } from './numbers';
import { orderStatusChannels } from './order-status';
import { orderChannels } from './orders';
import { organizationChannels } from './organizations';
import { pinChannels } from './pin';
import { settingsChannels } from './settings';
import { startupNoticeChannels } from './startup-notices';
import { nameFromChannelId } from './wire';

type Joined<G extends readonly ChannelGroup[]> = G extends readonly [
  infer First,
  ...infer Rest extends readonly ChannelGroup[],
]
  ? First & Joined<Rest>
  : unknown;

/** The groups as one map; a name in two groups would answer twice, so it stops PortDesk at once. */
export function joinGroups<const G extends readonly ChannelGroup[]>(...groups: G): Joined<G> {
  const joined: ChannelGroup = {};
  for (const group of groups) {
    for (const [name, spec] of Object.entries(group)) {
      if (name in joined) throw new Error(`The IPC channel "${name}" is in the contract twice.`);
      joined[name] = spec;
    }
  }
  return Object.freeze(joined) as Joined<G>;
}

/**
 * THE contract between renderer and main: every channel, from the files of this folder
 * (one a group, each channel with its input and output schemas). Main parses every input
 * and output with these schemas; the preload's names, the renderer's `api`, the handler
 * map and the test bridges all come from here. See `shared/README.md` to add a channel.
 */
export const contract = joinGroups(
  appChannels,
  settingsChannels,
  startupNoticeChannels,
  organizationChannels,
  pinChannels,
  orderChannels,
  numbersChannels,
  orderStatusChannels,
  documentChannels,
  handOffChannels,
  carrierRecordChannels,
);

export type Contract = typeof contract;
export type ChannelName = keyof Contract & string;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

/** One function per channel: main's whole answer to the contract (the compiler names a missing one). */
export type Handlers = HandlersOf<Contract>;

/** Every channel's name, in the contract's order. */
export const channelNames = Object.keys(contract) as ChannelName[];

/** Whether a value is one of the contract's channel names (used on untrusted input). */
export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** The channel name behind a wire name, or undefined when it is not one of ours. */
export function channelNameFromId(id: unknown): ChannelName | undefined {
  const name = nameFromChannelId(id);
  return isChannelName(name) ? name : undefined;
}

/** The functions the preload exposes as `window.portdesk`, one per channel. */
export type Bridge = {
  [C in ChannelName]: ChannelInput<C> extends undefined
    ? () => Promise<IpcResult<ChannelOutput<C>>>
    : undefined extends ChannelInput<C>
      ? (input?: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>
      : (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};
