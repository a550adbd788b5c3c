import type { Bridge, ChannelName, ChannelOutput } from '@shared/contract';
import type { IpcError, IpcResult } from '@shared/ipc-error';
// The names alone, read from the contract at build time: the contract's schemas (zod) stay
// out of the first screen's JavaScript; main checks every call with them.
import { channelNames } from 'virtual:portdesk-channel-names';

import { takeStartReply } from './start-replies';

declare global {
  interface Window {
    /** Installed by the preload (or, in browser tests, by the test fixture from the same contract). */
    portdesk?: Bridge;
  }
}

/** A refusal from main, already worded for the admin; `field` names the form field when there is one. */
export class ApiError extends Error {
  readonly code: IpcError['code'];
  readonly field: string | undefined;
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.field = error.field;
  }
}

type Api = { [C in ChannelName]: (...args: Parameters<Bridge[C]>) => Promise<ChannelOutput<C>> };

function bridge(): Bridge {
  if (!window.portdesk)
    throw new Error('PortDesk must run inside its own window (the preload bridge is missing).');
  return window.portdesk;
}

/**
 * The renderer's only way to main: one typed function per contract channel,
 * resolving to the value or throwing an ApiError with main's message.
 */
export const api = Object.fromEntries(
  channelNames.map((name) => [
    name,
    async (...args: unknown[]) => {
      const call = bridge()[name] as (...a: unknown[]) => Promise<IpcResult<unknown>>;
      // A call without input may already have its reply, asked for as the page began to load.
      const early = args.length === 0 ? takeStartReply(name) : undefined;
      const result = (await (early ?? call(...args))) as IpcResult<unknown>;
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    },
  ]),
) as Api;
