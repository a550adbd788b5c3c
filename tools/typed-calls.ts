import type { Dispatch } from '@main/ipc-dispatcher';
import type { IpcSender } from '@main/sender-check';
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract';
import type { IpcResult } from '@shared/ipc-error';

/** A channel's arguments: none when it takes no input, optional when its input may be left out. */
export type CallArgs<C extends ChannelName> =
  ChannelInput<C> extends undefined
    ? []
    : undefined extends ChannelInput<C>
      ? [input?: ChannelInput<C>]
      : [input: ChannelInput<C>];

/** Calls into the real dispatcher, typed by the contract: the channel names its input and its answer. */
export interface TypedCalls {
  /** Calls a channel through the dispatcher (the zod gate included) and gives its result, refusal or value. */
  call<C extends ChannelName>(
    channel: C,
    ...args: CallArgs<C>
  ): Promise<IpcResult<ChannelOutput<C>>>;
  /** Calls a channel that must succeed, and returns its value. */
  ok<C extends ChannelName>(channel: C, ...args: CallArgs<C>): Promise<ChannelOutput<C>>;
  /** Sends anything, as an untrusted page could: for the tests of the gate itself. */
  send(channel: unknown, input?: unknown): Promise<IpcResult<unknown>>;
}

/** The app's own window, as the dispatcher's sender check sees it. */
export const appWindow: IpcSender = { url: 'app://portdesk/index.html', isMainFrame: true };

/**
 * Typed calls through `dispatch()` (a getter: a restarted app has a new dispatcher), from
 * `sender`; every result also goes to `seen`, when given.
 */
export function typedCalls(
  dispatch: () => Dispatch,
  sender: IpcSender = appWindow,
  seen?: (result: IpcResult<unknown>) => void,
): TypedCalls {
  const send = async (channel: unknown, input?: unknown) => {
    const result = await dispatch()(sender, channel, input);
    seen?.(result);
    return result;
  };
  const call = (channel: ChannelName, input?: unknown) => send(channel, input);
  return {
    send,
    call: call as TypedCalls['call'],
    ok: (async (channel: ChannelName, input?: unknown) => {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel} was refused: ${JSON.stringify(result.error)}`);
      return result.value;
    }) as TypedCalls['ok'],
  };
}

/** The value of a channel a dialog can cancel, when the test's dialog answered: a cancel fails the test. */
export function chosen<T extends object>(result: T): Exclude<T, { cancelled: true }> {
  if ('cancelled' in result && result.cancelled === true) {
    throw new Error('The dialog was cancelled; the test expected a choice.');
  }
  return result as Exclude<T, { cancelled: true }>;
}
