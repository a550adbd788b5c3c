import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** Orders live one file each in `<data>/orders/`; the folder is the index, so no index can disagree with it. */
export const orderFilePattern = /^order-([0-9a-f-]{36})\.json$/;

export function orderDocumentName(id: string): string {
  return `order-${id}`;
}

/** An order's numbers have their own file, so saving any other answer never rewrites 100,000 numbers. */
export function numbersDocumentName(id: string): string {
  return `order-${id}.numbers`;
}

/** The folder beside an order's file for its documents: the signed scan the admin attached, the letters PortDesk made. */
export function orderFilesDir(dir: string, id: string): string {
  return join(dir, `order-${id}.files`);
}

/** The ids of the order files in the folder (backups moved aside have other names and are skipped). */
export function listOrderIds(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return readdirSync(dir).flatMap((file) => {
    const match = orderFilePattern.exec(file);
    return match?.[1] ? [match[1]] : [];
  });
}

/** Moves a deleted order's file into `deleted/`, kept rather than erased, so nothing saved is ever lost. */
export function moveToDeleted(dir: string, id: string): void {
  const deletedDir = join(dir, 'deleted');
  mkdirSync(deletedDir, { recursive: true });
  const files = [
    `${orderDocumentName(id)}.json`,
    `${numbersDocumentName(id)}.json`,
    `order-${id}.files`,
  ];
  for (const file of files) {
    if (!existsSync(join(dir, file))) continue;
    try {
      renameSync(join(dir, file), join(deletedDir, freeName(deletedDir, file)));
    } catch {
      // A scan held open by a viewer (Windows) cannot move now: it stays where it is and moves at a later start.
    }
  }
}

/** `name`, or `name (2)` and so on before its extension: nothing already in `deleted/` is replaced. */
function freeName(dir: string, name: string): string {
  const dot = name.endsWith('.json') ? name.length - '.json'.length : name.length;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
    if (!existsSync(join(dir, candidate))) return candidate;
  }
}
