import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * The names of an order's files in `<data>/orders/`; nothing else spells them out.
 * - `order-<id>.json`: the order; the folder is the index, so no index can disagree with it.
 * - `order-<id>.numbers.json` (revision 0) or `order-<id>.numbers-<n>.json`: its number
 *   list, apart so saving any other answer never rewrites 100,000 numbers. The order names
 *   the revision it was checked against (`listRevision`).
 * - `order-<id>.carrier-record.json`: the carrier's record (CSR, Equipment Record) the admin
 *   attached or pasted, with the picks and confirmations made on it.
 * - `order-<id>.files/`: the signed scan the admin attached, the letters PortDesk made, the
 *   documents, the carrier record's PDF, and a carrier record an update from a `.portorder`
 *   replaced (`carrier-record-replaced-<time>.json`, as it was stored).
 */
export const orderFilePattern = /^order-([0-9a-f-]{36})\.json$/;
const listFilePattern = /^order-([0-9a-f-]{36})\.numbers(?:-(\d+))?\.json$/;

/** The folder of a data folder that holds the orders. */
export function ordersDir(dataDir: string): string {
  return join(dataDir, 'orders');
}

/** Where a deleted order's files go at the next start. */
export function deletedDir(dir: string): string {
  return join(dir, 'deleted');
}

/** The document name (no `.json`) of an order. */
export function orderDocumentName(id: string): string {
  return `order-${id}`;
}

/** The path of an order's file in the orders folder `dir`. */
export function orderFile(dir: string, id: string): string {
  return join(dir, `${orderDocumentName(id)}.json`);
}

/** The document name (no `.json`) of revision `revision` of an order's number list. */
export function listDocumentName(id: string, revision: number): string {
  return revision === 0 ? `order-${id}.numbers` : `order-${id}.numbers-${revision}`;
}

/** The path of revision `revision` of an order's number list in the orders folder `dir`. */
export function listFile(dir: string, id: string, revision: number): string {
  return join(dir, `${listDocumentName(id, revision)}.json`);
}

/** Whether a file (a path or a name) is one of the orders' number lists. */
export function isListFile(file: string): boolean {
  return listFilePattern.test(basename(file));
}

/** The document name (no `.json`) of the carrier's record kept with an order. */
export function carrierRecordDocumentName(id: string): string {
  return `order-${id}.carrier-record`;
}

/** The folder beside an order's file for its documents. */
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

/** Every number-list file in the folder, by order id, with its revision. */
export function listFilesByOrder(dir: string): Map<string, { revision: number; name: string }[]> {
  const byOrder = new Map<string, { revision: number; name: string }[]>();
  for (const file of readdirSync(dir)) {
    const match = listFilePattern.exec(file);
    if (!match?.[1]) continue;
    const files = byOrder.get(match[1]) ?? [];
    files.push({ revision: Number(match[2] ?? 0), name: file });
    byOrder.set(match[1], files);
  }
  return byOrder;
}

/** Whether any file of the folder already carries this id (a live, deleted or set-aside order). */
export function idTaken(dir: string, id: string): boolean {
  const taken = (folder: string) =>
    existsSync(folder) && readdirSync(folder).some((name) => name.startsWith(`order-${id}`));
  return taken(dir) || taken(deletedDir(dir));
}

/**
 * The ids that own any file here other than a number list (an order, a set-aside copy,
 * its documents): their lists are never treated as left over from a create that failed.
 */
export function idsWithOtherFiles(dir: string): Set<string> {
  const ids = new Set<string>();
  for (const name of readdirSync(dir)) {
    const match = /^order-([0-9a-f-]{36})[.]/.exec(name);
    if (match?.[1] && !listFilePattern.test(name)) ids.add(match[1]);
  }
  return ids;
}

/**
 * Files of an order whose own file is already in `deleted/` (the rest could not move at
 * the start that moved it: a crash, or a scan held open on Windows) follow it now.
 */
export function finishDeletedMoves(dir: string): void {
  const deletedDir = join(dir, 'deleted');
  if (!existsSync(deletedDir)) return;
  const left = new Set<string>();
  for (const name of readdirSync(dir)) {
    const match = /^order-([0-9a-f-]{36})[.]/.exec(name);
    if (match?.[1] && !existsSync(join(dir, `order-${match[1]}.json`))) left.add(match[1]);
  }
  for (const id of left)
    if (existsSync(join(deletedDir, `order-${id}.json`))) moveToDeleted(dir, id);
}

/** Removes an order's file, lists and carrier record outright: only for an order never acknowledged to the admin. */
export function removeOrderFiles(dir: string, id: string): void {
  for (const name of readdirSync(dir)) {
    if (
      name !== `order-${id}.json` &&
      name !== `${carrierRecordDocumentName(id)}.json` &&
      !(listFilePattern.test(name) && name.startsWith(`order-${id}.`))
    )
      continue;
    rmSync(join(dir, name), { force: true });
  }
}

/** Moves a deleted order's files into `deleted/`, kept rather than erased, so nothing saved is ever lost. */
export function moveToDeleted(dir: string, id: string): void {
  const into = deletedDir(dir);
  mkdirSync(into, { recursive: true });
  const files = readdirSync(dir).filter(
    (name) => name === `order-${id}.json` || name.startsWith(`order-${id}.`),
  );
  for (const file of files) {
    try {
      renameSync(join(dir, file), join(into, freeName(into, file)));
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
