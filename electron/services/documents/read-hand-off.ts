import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

import { UserFacingError } from '@shared/ipc-error';
import type { z } from 'zod';

import {
  type HandOffFile,
  handOffFileSchema,
  handOffHeaderSchema,
  handOffSchemaVersion,
  maxHandOffBytes,
} from './hand-off-file';

/** Reads a `.portorder` file, with a message that says what is wrong with it in the admin's words. */
export function readHandOff(path: string): HandOffFile {
  const name = basename(path);
  if (statSync(path).size > maxHandOffBytes)
    throw refuse(
      `“${name}” is over 64 MB, far more than an order holds. It is not a PortDesk order.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw refuse(`“${name}” is not a PortDesk order: it is not even a readable .portorder file.`);
  }
  const header = handOffHeaderSchema.safeParse(json);
  if (!header.success) throw refuse(`“${name}” is not a PortDesk order (.portorder) file.`);
  if (header.data.schemaVersion > handOffSchemaVersion) {
    throw refuse(
      `“${name}” was written by a newer PortDesk (order format ${header.data.schemaVersion}). Update PortDesk, then open it again.`,
    );
  }
  const file = handOffFileSchema.safeParse(json);
  if (!file.success)
    throw refuse(
      `“${name}” is damaged or was changed outside PortDesk: ${where(file.error)}. Ask for a new export.`,
    );
  return file.data;
}

function where(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const path = issue.path.map(String).join(' › ');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function refuse(message: string): UserFacingError {
  return new UserFacingError('invalid-input', message);
}
