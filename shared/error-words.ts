/**
 * What went wrong, in the words the admin reads: an Error's own message (main's refusals
 * arrive already worded, as the renderer's `ApiError`), never its class name or a stack.
 */
export function errorWords(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
