import { unlinkSync } from 'node:fs';
import { join } from 'node:path';

import type { DocumentStore, Recovery } from '@main/storage/document-store';
import { readList } from '@shared/numbers/read-numbers';

import { listDocumentName, listFile, listFilesByOrder } from './order-files';

/** Opens one revision of an order's number list (no `.json` in the name). */
export type OpenListDocument = (name: string) => DocumentStore<{ source: string }>;

/** A list as written: its text and its readable E.164 numbers. */
export interface ListContent {
  source: string;
  numbers: ReadonlySet<string>;
}

/**
 * The number lists of the orders folder, for the order repository only: each revision is
 * its own file, written before the order that names it, so an order never points at a
 * half-written list. Lists are read when first needed and kept.
 */
export interface OrderLists {
  source(id: string): string;
  numbers(id: string): ReadonlySet<string>;
  /** Writes revision `revision` of an order's list (the order is written after, naming it). */
  write(id: string, revision: number, list: ListContent): void;
  /** The order now names `revision`: keep it as the list, and remove the revisions before it. */
  settle(id: string, revision: number, list: ListContent): void;
}

/**
 * Lists of the orders loaded at start-up, by the revision each order names. Revisions the
 * order does not name are removed: a later one was never acknowledged (a crash came before
 * the order named it), an earlier one was replaced. A named list that is missing or damaged
 * is reported, and the order starts with an empty list.
 */
export function openOrderLists(
  dir: string,
  named: ReadonlyMap<string, number>,
  openList: OpenListDocument,
  recoveries: Recovery[],
): OrderLists & { emptied: string[] } {
  const files = listFilesByOrder(dir);
  const revisions = new Map(named);
  const cache = new Map<string, ListContent>();
  const emptied: string[] = [];

  const removeOthers = (id: string, keep: number) => {
    for (const file of files.get(id) ?? []) {
      if (file.revision === keep) continue;
      try {
        unlinkSync(join(dir, file.name));
      } catch {
        // Still there at the next start, and removed then.
      }
    }
    files.set(id, [{ revision: keep, name: `${listDocumentName(id, keep)}.json` }]);
  };
  for (const [id, revision] of named) {
    const exists = (files.get(id) ?? []).some((f) => f.revision === revision);
    removeOthers(id, exists ? revision : -1);
    // Revision 0 may be missing: an order with no list yet. A later one the order names was written before it.
    if (!exists && revision > 0) {
      recoveries.push({
        file: listFile(dir, id, revision),
        backupPath: undefined,
        reason: 'unreadable',
      });
      emptied.push(id);
    }
  }

  const load = (id: string): ListContent => {
    let list = cache.get(id);
    if (list) return list;
    const revision = revisions.get(id) ?? 0;
    const doc = openList(listDocumentName(id, revision));
    if (doc.recovery) {
      recoveries.push(doc.recovery);
      emptied.push(id);
    }
    const source = doc.get().source;
    list = { source, numbers: numbersOf(source) };
    cache.set(id, list);
    return list;
  };

  return {
    source: (id) => load(id).source,
    numbers: (id) => load(id).numbers,
    write(id, revision, list) {
      openList(listDocumentName(id, revision)).set({ source: list.source });
    },
    settle(id, revision, list) {
      revisions.set(id, revision);
      cache.set(id, list);
      removeOthers(id, revision);
    },
    emptied,
  };
}

/** The readable E.164 numbers of a list's text. */
export function numbersOf(source: string): Set<string> {
  return new Set(readList(source).entries.flatMap((e) => (e.national ? [`+1${e.national}`] : [])));
}
