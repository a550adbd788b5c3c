import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

import { portOrderFormat, portOrderHeaderSchema } from '@main/storage/formats/portorder';
import { readStored } from '@main/storage/stored-format';
import { UserFacingError } from '@shared/ipc-error';
import type { z } from 'zod';

/** A `.portorder` file's content, upgraded to today's version of the format. */
export type HandOffContent = z.output<typeof portOrderFormat.current>;

/** A 100,000-number list and a 25 MB scan in base64 fit well under this; an export never writes more (documents can). */
export const maxHandOffBytes = 64 * 1024 * 1024;

/** Reads a `.portorder` file of any version PortDesk knows, with a message in the admin's words when it can't. */
export function readHandOff(path: string): HandOffContent {
  const name = basename(path);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw refuse(`“${name}” is a folder, not a PortDesk order file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw refuse(`“${name}” could not be opened: it may have been moved or deleted.`);
  }
  if (size > maxHandOffBytes)
    throw refuse(
      `“${name}” is over 64 MB, far more than an order holds. It is not a PortDesk order.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw refuse(
      `“${name}” is not a PortDesk order: PortDesk could not read it as a .portorder file. It may be damaged, or another kind of file.`,
    );
  }
  const header = portOrderHeaderSchema.safeParse(json);
  if (!header.success) throw refuse(`“${name}” is not a PortDesk order (.portorder) file.`);
  const { format, schemaVersion, ...content } = json as Record<string, unknown>;
  void format;
  const read = readStored(portOrderFormat, schemaVersion, withLowerCaseIds(content));
  if (read.kind === 'newer') {
    throw refuse(
      `“${name}” was written by a newer PortDesk (order format ${read.version}). Update PortDesk, then open it again.`,
    );
  }
  if (read.kind === 'invalid') {
    throw refuse(
      `“${name}” is damaged or was changed outside PortDesk: ${read.detail}. Ask for a new export.`,
    );
  }
  return read.value;
}

/**
 * A file edited by hand or by another tool may spell an id in upper case: it is the same
 * order, so it is read in PortDesk's canonical lower case before anything compares it.
 */
function withLowerCaseIds(content: Record<string, unknown>): Record<string, unknown> {
  const order = content['order'];
  if (typeof order !== 'object' || order === null) return content;
  const { id, recheck } = order as { id?: unknown; recheck?: unknown };
  const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);
  const fixedRecheck =
    typeof recheck === 'object' && recheck !== null
      ? { ...recheck, fromOrderId: lower((recheck as { fromOrderId?: unknown }).fromOrderId) }
      : recheck;
  return { ...content, order: { ...order, id: lower(id), recheck: fixedRecheck } };
}

function refuse(message: string): UserFacingError {
  return new UserFacingError('invalid-input', message);
}
