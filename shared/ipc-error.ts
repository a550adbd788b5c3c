import { z } from 'zod';

/** What went wrong, in words for an admin; `field` names the form field when there is one. */
export const ipcErrorSchema = z.object({
  code: z.enum([
    'invalid-input',
    'forbidden-sender',
    'unknown-channel',
    'not-allowed',
    'not-found',
    // The change reached main but could not be written to disk: the page keeps it and offers to retry.
    'not-saved',
    'internal',
  ]),
  message: z.string(),
  field: z.string().optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;
export type IpcErrorCode = IpcError['code'];

/**
 * Every channel answers with this envelope rather than a rejected promise: Electron
 * rewrites the message of an error thrown across `invoke`, and the admin must see ours.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** An error a service throws on purpose; the IPC wrapper passes it to the renderer as it is. */
export class UserFacingError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }

  toIpcError(): IpcError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}
