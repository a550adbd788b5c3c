import type { DocumentStore, Recovery } from '@main/storage/document-store';
import { readList } from '@shared/numbers/read-numbers';
import { numbersSourceSchema } from '@shared/schemas/numbers';
import { z } from 'zod';

import { numbersDocumentName } from './order-files';

export const numbersDocSchema = z.object({ source: numbersSourceSchema });
export type NumbersDoc = z.infer<typeof numbersDocSchema>;
export type OpenNumbersDocument = (name: string) => DocumentStore<NumbersDoc>;

/** Each order's number list, one file an order; the E.164 set of each is worked out once and kept until it changes. */
export interface NumbersStore {
  source(id: string): string;
  /** The E.164 numbers of an order's list (readable ones), for the BTN rule and repeats across orders. */
  set(id: string): ReadonlySet<string>;
  /** Keeps a new list; `set` is its numbers when the caller has just read them (saves reading them again). */
  save(id: string, source: string, set?: Set<string>): void;
  flush(id: string): void;
  flushAll(): void;
  recoveries: Recovery[];
  /** Orders whose list file had to be moved aside at start-up (their list starts empty). */
  recoveredIds: string[];
}

export function openNumbersStore(ids: readonly string[], open: OpenNumbersDocument): NumbersStore {
  const docs = new Map<string, DocumentStore<NumbersDoc>>();
  const sets = new Map<string, Set<string>>();
  const recoveries: Recovery[] = [];
  const recoveredIds: string[] = [];
  const docFor = (id: string) => {
    let doc = docs.get(id);
    if (!doc) {
      doc = open(numbersDocumentName(id));
      if (doc.recovery) {
        recoveries.push(doc.recovery);
        recoveredIds.push(id);
      }
      docs.set(id, doc);
    }
    return doc;
  };
  // Opened at start-up so a damaged list is reported with the other start-up notices.
  for (const id of ids) docFor(id);
  return {
    source: (id) => docFor(id).get().source,
    set(id) {
      let set = sets.get(id);
      if (!set) {
        set = new Set(
          readList(docFor(id).get().source).entries.flatMap((e) =>
            e.national ? [`+1${e.national}`] : [],
          ),
        );
        sets.set(id, set);
      }
      return set;
    },
    save(id, source, set) {
      docFor(id).set({ source });
      if (set) sets.set(id, set);
      else sets.delete(id);
    },
    flush: (id) => docs.get(id)?.flush(),
    flushAll: () => docs.forEach((d) => d.flush()),
    recoveries,
    recoveredIds,
  };
}
