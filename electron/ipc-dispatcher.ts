import { contract, type Handlers, isChannelName } from '@shared/contract';
import { type IpcError, type IpcResult, UserFacingError } from '@shared/ipc-error';
import type { z } from 'zod';

import type { IpcSender } from './sender-check';

export type Dispatch = (
  sender: IpcSender,
  channel: unknown,
  input: unknown,
) => Promise<IpcResult<unknown>>;

export interface DispatcherOptions {
  isTrustedSender: (sender: IpcSender) => boolean;
  /** Where unexpected failures are reported (never the renderer: it gets a plain message). */
  logError: (message: string, error: unknown) => void;
}

/**
 * The one gate every IPC call passes: sender check, input parsed with the contract's
 * schema (a refused input reaches no handler, so it changes nothing), the handler,
 * then the output checked. Plain Node: Electron's ipcMain and the browser tests' binding
 * both call it.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions): Dispatch {
  return async (sender, channel, input) => {
    if (!isChannelName(channel)) {
      return fail({ code: 'unknown-channel', message: 'PortDesk does not know this request.' });
    }
    if (!options.isTrustedSender(sender)) {
      return fail({
        code: 'forbidden-sender',
        message: 'This request did not come from the PortDesk window.',
      });
    }
    const spec = contract[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) return fail(describeInvalidInput(parsed.error));
    try {
      const handler = handlers[channel] as (value: unknown) => unknown;
      const output = spec.output.safeParse(await handler(parsed.data));
      if (!output.success) {
        options.logError(`Output of ${channel} broke the contract`, output.error);
        return fail(internalError());
      }
      return { ok: true, value: output.data };
    } catch (error) {
      if (error instanceof UserFacingError) return fail(error.toIpcError());
      options.logError(`Handler ${channel} failed`, error);
      return fail(internalError());
    }
  };
}

function fail(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}

function internalError(): IpcError {
  return {
    code: 'internal',
    message: 'PortDesk could not complete this action. Please try again.',
  };
}

/** Turns the first zod issue into an admin-worded error that names the field. */
export function describeInvalidInput(error: z.ZodError): IpcError {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid-input', message: 'This request was not valid.' };
  // Names come from the sender: shortened, so a 10 MB key never comes back as a 10 MB message.
  const field = shorten(issue.path.map(String).join('.'), 120);
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const named = keys.slice(0, 3).map((k) => `"${shorten(k, 40)}"`);
  const message =
    issue.code === 'unrecognized_keys'
      ? `PortDesk does not know the field${keys.length > 1 ? 's' : ''} ${named.join(', ')}${keys.length > 3 ? ` and ${keys.length - 3} more` : ''}.`
      : issue.message;
  return field === ''
    ? { code: 'invalid-input', message }
    : { code: 'invalid-input', message, field };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
