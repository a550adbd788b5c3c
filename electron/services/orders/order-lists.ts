import { unlinkSync } from 'node:fs';
import { join } from 'node:path';

import type { DocumentStore, Recovery } from '@main/storage/document-store';
import { UserFacingError } from '@shared/ipc-error';
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
 * half-written list.
 */
export interface OrderLists {
  source(id: string): string;
  numbers(id: string): ReadonlySet<string>;
  /** Whether the list may be changed (not when its file comes from a newer PortDesk). */
  assertWritable(id: string): void;
  /** Writes revision `revision` of an order's list (the order is written after, naming it). */
  write(id: string, revision: number, list: ListContent): void;
  /** Removes a revision that was written but never named (the order's write was refused). */
  discard(id: string, revision: number): void;
  /** The order now names `revision`: keep it as the list; the revisions before it are replaced. */
  settle(id: string, revision: number, list: ListContent): void;
  /** The revision each order's list is at (a missing one may have been replaced by the newest found). */
  revision(id: string): number;
}

/**
 * Opens the list of every order loaded at start-up, by the revision the order names, and
 * tidies the folder without ever deleting a list that may be the admin's latest:
 * - the named list reads: every other revision goes (later ones were never acknowledged,
 *   earlier ones were replaced);
 * - the named list is missing: the newest revision found is opened instead, with a notice,
 *   and nothing is deleted;
 * - the named list is damaged (moved aside by the document store) or from a newer PortDesk
 *   (left alone, and the list refuses changes): nothing else is deleted either.
 * Lists of orders that do not exist at all (a create refused or cut short by a crash) go.
 */
export function openOrderLists(
  dir: string,
  /** Each loaded order's named list revision, and how many numbers its figures say it has. */
  named: ReadonlyMap<string, { revision: number; total: number }>,
  openList: OpenListDocument,
  recoveries: Recovery[],
  /** Ids with any other file here (an order set aside, its documents): their lists stay. */
  keepListsOf: ReadonlySet<string>,
): OrderLists & { adopted: Map<string, number> } {
  const files = listFilesByOrder(dir);
  const adopted = new Map<string, number>();
  const revisions = new Map<string, number>();
  const cache = new Map<string, ListContent>();
  const readOnly = new Set<string>();
  const remove = (name: string) => {
    try {
      unlinkSync(join(dir, name));
    } catch {
      // Still there at the next start, and removed then.
    }
  };

  for (const [id, { revision: wanted, total }] of named) {
    const found = (files.get(id) ?? []).sort((a, b) => b.revision - a.revision);
    let revision = wanted;
    const namedExists = found.some((f) => f.revision === wanted);
    if (!namedExists && found.length > 0 && wanted === 0 && total === 0) {
      // An order with no list yet: a list file here was written by a save that a crash cut
      // short before the order named it, so it was never acknowledged.
      for (const file of found) remove(file.name);
      found.length = 0;
    } else if (!namedExists && found.length > 0) {
      // The list the order names is gone (the order file was put back from a copy, say): the
      // newest list found is taken, and nothing is deleted.
      revision = found[0]!.revision;
      adopted.set(id, revision);
      recoveries.push({
        file: listFile(dir, id, wanted),
        backupPath: undefined,
        reason: 'unreadable',
        detail: `PortDesk opened the newest list it found instead, ${found[0]!.name}, and kept every other`,
      });
    } else if (found.length === 0 && wanted > 0) {
      recoveries.push({
        file: listFile(dir, id, wanted),
        backupPath: undefined,
        reason: 'unreadable',
      });
    }
    revisions.set(id, revision);
    if (!found.some((f) => f.revision === revision)) {
      cache.set(id, { source: '', numbers: new Set() });
      continue;
    }
    const doc = openList(listDocumentName(id, revision));
    if (doc.recovery) {
      recoveries.push(doc.recovery);
      if (doc.recovery.reason === 'newer-version') readOnly.add(id);
    }
    const source = doc.get().source;
    cache.set(id, { source, numbers: numbersOf(source) });
    if (!doc.recovery && revision === wanted) {
      for (const file of found) if (file.revision !== revision) remove(file.name);
    }
  }
  for (const [id, found] of files) {
    if (named.has(id) || keepListsOf.has(id)) continue;
    for (const file of found) remove(file.name);
  }

  // The revisions on disk of each order, kept current so a save never lists the folder.
  const onDisk = listFilesByOrder(dir);
  const known = new Map(
    [...named.keys()].map((id) => [id, new Set(onDisk.get(id)?.map((f) => f.revision) ?? [])]),
  );
  const content = (id: string) => cache.get(id) ?? { source: '', numbers: new Set<string>() };
  return {
    source: (id) => content(id).source,
    numbers: (id) => content(id).numbers,
    assertWritable(id) {
      if (readOnly.has(id)) {
        throw new UserFacingError(
          'not-allowed',
          'Numbers: this order’s list was written by a newer PortDesk. PortDesk keeps it as it is: update PortDesk to change it.',
        );
      }
    },
    write(id, revision, list) {
      this.assertWritable(id);
      known.set(id, new Set([...(known.get(id) ?? []), revision]));
      openList(listDocumentName(id, revision)).set({ source: list.source });
    },
    discard(id, revision) {
      remove(`${listDocumentName(id, revision)}.json`);
      known.get(id)?.delete(revision);
    },
    settle(id, revision, list) {
      revisions.set(id, revision);
      cache.set(id, list);
      // Every other revision known here is replaced by the one the order now names.
      for (const old of known.get(id) ?? [])
        if (old !== revision) remove(`${listDocumentName(id, old)}.json`);
      known.set(id, new Set([revision]));
    },
    revision: (id) => revisions.get(id) ?? 0,
    adopted,
  };
}

/** The readable E.164 numbers of a list's text. */
export function numbersOf(source: string): Set<string> {
  return new Set(readList(source).entries.flatMap((e) => (e.national ? [`+1${e.national}`] : [])));
}
