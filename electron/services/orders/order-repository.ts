import { mkdirSync } from 'node:fs';

import type { DocumentStore, Recovery } from '@main/storage/document-store';
import { moveAside } from '@main/storage/quarantine';
import { UserFacingError } from '@shared/ipc-error';
import { canEditAfterSubmit, canEditAnswers, recordableFrom } from '@shared/order/lifecycle';
import type { CarrierRecordFile } from '@shared/schemas/carrier-record';
import {
  type OrderStatus,
  orderStatusLabels,
  type TimelineEntry,
} from '@shared/schemas/order-status';

import { applyAnswersEdit, editChangesSomething } from './answers-edit';
import {
  carrierRecordDocumentName,
  finishDeletedMoves,
  idsWithOtherFiles,
  listOrderIds,
  moveToDeleted,
  orderDocumentName,
  orderFile,
  removeOrderFiles,
} from './order-files';
import { lowerCaseIds } from './order-id-case';
import { type OpenListDocument, openOrderLists } from './order-lists';
import type { OrderRecord } from './order-record';
import { type HistoryLine, lockedError, settle } from './order-timeline';
import { withEntry } from './timeline-cap';

/** Opens an order's document by name (no `.json`); a missing or unusable file is never read. */
export type OpenOrderDocument = (name: string) => DocumentStore<OrderRecord>;

/** Opens the carrier record kept with an order, by document name; missing means none yet. */
export type OpenCarrierRecordDocument = (name: string) => DocumentStore<CarrierRecordFile>;

/** The carrier record kept with an order, as the repository finds it. */
export type StoredCarrierRecord =
  | { kind: 'none' }
  /** Moved aside as unreadable (`movedTo`), or left as it is because a newer PortDesk wrote it. */
  | { kind: 'unreadable'; movedTo?: string; newer: boolean }
  | { kind: 'ok'; file: CarrierRecordFile };

/** A new number list for an order, with its readable E.164 numbers (already worked out by the caller). */
export interface ListWrite {
  source: string;
  numbers: ReadonlySet<string>;
}

/** What an edit of answers, list or carrier PIN produces. */
export interface AnswersEdit {
  record: OrderRecord;
  list?: ListWrite;
  /** A history line the change itself brings (an address left out for another country). */
  line?: HistoryLine;
}

/**
 * The only code that writes an order and its number list. It applies the status rules
 * (answers change only while Draft or Ready; a status follows only what the lifecycle
 * allows), appends the history line, checks the record against its stored format, and
 * writes the list first, then the order that names it: a crash between the two leaves
 * the order with the list it was checked against (the new list file is an orphan, removed
 * at the next start). Every method returns only once both are on disk.
 */
export interface OrderRepository {
  /** Every order, deleted ones included until the next start (for Undo). */
  all(): OrderRecord[];
  has(id: string): boolean;
  /** The order as it stands now: a transfer that turned pending is recorded first. */
  get(id: string, options?: { includeDeleted?: boolean }): OrderRecord;
  listSource(id: string): string;
  /** The readable E.164 numbers of the order's list. */
  listNumbers(id: string): ReadonlySet<string>;
  /** Writes a new order (and its list, first). */
  /**
   * Writes a new order (its list and carrier record first, the order that names them last:
   * a refused write leaves none of them).
   */
  create(
    record: Omit<OrderRecord, 'listRevision'>,
    list?: ListWrite,
    carrierRecord?: CarrierRecordFile,
  ): OrderRecord;
  /** Changes answers, the list or the carrier PIN: refused once submitted. */
  edit(id: string, change: (current: OrderRecord) => AnswersEdit, line?: HistoryLine): OrderRecord;
  /**
   * Puts another version of the order in its place (a `.portorder` that updates it): the
   * record (its history line included), its list and its carrier record as `change` gives
   * them, whatever status the version holds. Only while the order here is a draft or ready;
   * the carrier record first, then the list, then the order that names it (a refused order
   * write puts the record back).
   */
  replace(
    id: string,
    change: (current: OrderRecord) => {
      record: OrderRecord;
      list: ListWrite;
      carrierRecord?: CarrierRecordFile | undefined;
    },
  ): OrderRecord;
  /** Records a status, if the lifecycle allows it from the current one. */
  changeStatus(
    id: string,
    to: OrderStatus,
    change: (current: OrderRecord) => Partial<OrderRecord>,
    line: HistoryLine,
  ): OrderRecord;
  /** A line of history with a change that is not an answer (a scan attached, a recreate). */
  annotate(
    id: string,
    change: (current: OrderRecord) => Partial<OrderRecord>,
    line: HistoryLine,
  ): OrderRecord;
  /** PortDesk's own bookkeeping (the step the admin is on, the figures, the delete mark): no history. */
  touch(
    id: string,
    change: (current: OrderRecord) => Partial<OrderRecord>,
    options?: { includeDeleted?: boolean },
  ): OrderRecord;
  /**
   * Takes back an order this session created moments ago, as part of an operation the disk
   * refused half-way (a split): its files are removed, as if it never was. Never for an order
   * the admin has seen.
   */
  discardNew(id: string): void;
  /** The carrier's record kept with the order. */
  carrierRecord(id: string): StoredCarrierRecord;
  /**
   * Writes the carrier's record kept with an order (only while its answers can change),
   * then the history line on the order; both are on disk when this returns.
   */
  setCarrierRecord(
    id: string,
    change: (current: CarrierRecordFile | undefined) => CarrierRecordFile,
    line?: HistoryLine,
  ): OrderRecord;
  /**
   * Counts changes to what orders claim (a list, a status, a deletion, a name): all orders'
   * changes, or those of order `id`; what another order sees as taken changed when the
   * difference did.
   */
  claimsVersion(id?: string): number;
  /** Orders and lists that could not be used at start-up, for the start-up notices. */
  recoveries: Recovery[];
}

export interface OrderRepositoryDeps {
  dir: string;
  openOrder: OpenOrderDocument;
  openList: OpenListDocument;
  openCarrierRecord: OpenCarrierRecordDocument;
  now: () => Date;
  /** What `repairOrdersFolder` reported, when it already ran (`readOrdersAhead`); else it runs now. */
  repaired?: Recovery[];
}

/** Opens every order of the folder (the folder is the index) with its list. */
export function openOrderRepository({
  dir,
  openOrder,
  openList,
  openCarrierRecord,
  now,
  repaired = repairOrdersFolder(dir),
}: OrderRepositoryDeps): OrderRepository {
  const stamp = () => now().toISOString();
  const { docs, recoveries, otherIds } = openOrders(dir, openOrder, now, repaired);
  const named = new Map(
    [...docs].map(([id, doc]) => [
      id,
      { revision: doc.get().listRevision, total: doc.get().numbers.total },
    ]),
  );
  const lists = openOrderLists(dir, named, openList, recoveries, otherIds);
  // An order whose list was missing now names the one found in its place.
  for (const [id, revision] of lists.adopted) {
    try {
      docs.get(id)!.set({ ...docs.get(id)!.get(), listRevision: revision });
    } catch {
      // Named again at the next start.
    }
  }
  // Orders created since start-up: the only ones `discardNew` may take back.
  const created = new Set<string>();
  // Opened when first asked for: most orders never have one, and start-up reads none.
  const carrierRecords = new Map<string, DocumentStore<CarrierRecordFile>>();
  const carrierRecordDoc = (id: string) => {
    let doc = carrierRecords.get(id);
    if (!doc) {
      doc = openCarrierRecord(carrierRecordDocumentName(id));
      carrierRecords.set(id, doc);
    }
    return doc;
  };
  const claimChanges = new Map<string, number>();
  let allClaimChanges = 0;
  const claimsChanged = (id: string) => {
    claimChanges.set(id, (claimChanges.get(id) ?? 0) + 1);
    allClaimChanges++;
  };

  const docFor = (id: string, includeDeleted = false) => {
    const doc = docs.get(id);
    const record = doc?.get();
    if (!doc || !record || (record.deletedAt !== undefined && !includeDeleted)) throw notFound();
    return { doc, record };
  };
  /** The one write: the list first (a new revision), then the order naming it. */
  const commit = (
    doc: DocumentStore<OrderRecord>,
    next: OrderRecord,
    list?: ListWrite,
  ): OrderRecord => {
    const before = doc.get();
    if (list !== undefined || claimsDiffer(before, next)) claimsChanged(next.id);
    if (list === undefined) {
      doc.set(next);
      return doc.get();
    }
    const revision = Math.max(next.listRevision, lists.revision(next.id)) + 1;
    lists.write(next.id, revision, list);
    try {
      doc.set({ ...next, listRevision: revision });
    } catch (error) {
      // Never named, never acknowledged: the new list file goes, and the order keeps its list.
      lists.discard(next.id, revision);
      throw error;
    }
    lists.settle(next.id, revision, list);
    return doc.get();
  };
  const entry = (status: OrderStatus, line: HistoryLine): TimelineEntry => ({
    at: stamp(),
    status,
    note: line.note,
    by: line.by ?? 'admin',
  });
  const current = (id: string, includeDeleted = false) => {
    const { doc, record } = docFor(id, includeDeleted);
    const settled = settle(record, now());
    if (settled === record) return { doc, record };
    try {
      return { doc, record: commit(doc, settled) };
    } catch (error) {
      // A full disk must not hide the order: the pending status is shown, and written with the next change.
      if (error instanceof UserFacingError && error.code === 'not-saved')
        return { doc, record: settled };
      throw error;
    }
  };

  return {
    all: () => [...docs.values()].map((d) => d.get()),
    has: (id) => docs.has(id),
    get: (id, options) => current(id, options?.includeDeleted).record,
    listSource: (id) => (docFor(id, true), lists.source(id)),
    listNumbers: (id) => (docFor(id, true), lists.numbers(id)),
    create(record, list, carrierRecord) {
      if (docs.has(record.id)) throw new Error(`Order ${record.id} exists already.`);
      const doc = openOrder(orderDocumentName(record.id));
      if (!doc.isNew) throw new Error(`A file already carries the order id ${record.id}.`);
      if (list) lists.write(record.id, 0, list);
      try {
        if (carrierRecord) carrierRecordDoc(record.id).set(carrierRecord);
        doc.set({ ...record, listRevision: 0 });
      } catch (error) {
        if (list) lists.discard(record.id, 0);
        carrierRecords.delete(record.id);
        removeOrderFiles(dir, record.id);
        throw error;
      }
      if (list) lists.settle(record.id, 0, list);
      docs.set(record.id, doc);
      created.add(record.id);
      claimsChanged(record.id);
      return doc.get();
    },
    edit(id, change, line) {
      const { doc, record } = current(id);
      const submitted = canEditAfterSubmit(record.status);
      if (!canEditAnswers(record.status) && !submitted) throw lockedError(record.status);
      const { record: changed, list, line: because } = change(record);
      // As in the admin center, a submitted order's every answer may change but its country.
      if (submitted && changed.answers.getStarted.country !== record.answers.getStarted.country)
        throw new UserFacingError(
          'not-allowed',
          'Country or region: a submitted order keeps its country. Cancel it and start a new order for the other country.',
          'country',
        );
      const listChanged = list !== undefined && list.source !== lists.source(id);
      // The numbers that went in are the order's: another list is another order.
      if (submitted && listChanged)
        throw new UserFacingError(
          'not-allowed',
          `Numbers: this order is ${orderStatusLabels[record.status]}, so its numbers stay as they were submitted. Start a new order for other numbers.`,
        );
      if (!editChangesSomething(record, changed, listChanged)) return record;
      const { record: next, lines } = applyAnswersEdit(record, changed, now(), listChanged);
      const written = [...(line ? [line] : []), ...(because ? [because] : []), ...lines].reduce(
        (r, l) => withEntry(r, entry(next.status, l)),
        next,
      );
      return commit(doc, { ...written, updatedAt: stamp() }, listChanged ? list : undefined);
    },
    replace(id, change) {
      const { doc, record } = current(id);
      if (!canEditAnswers(record.status)) throw lockedError(record.status);
      const { record: next, list, carrierRecord } = change(record);
      if (next.id !== id) throw new Error(`A version of order ${id} must keep its id.`);
      const recordDoc = carrierRecord && carrierRecordDoc(id);
      const before = recordDoc?.recovery ? undefined : recordDoc?.get();
      if (recordDoc) recordDoc.set(carrierRecord!);
      try {
        return commit(doc, { ...next, updatedAt: stamp() }, list);
      } catch (error) {
        // The order keeps its own record. With none before there is no file to go back to:
        // the received record stays beside the old version, to compare and confirm as any other.
        try {
          if (recordDoc && before) recordDoc.set(before);
        } catch {
          // The disk refuses every write: the error that stopped the update is the one to say.
        }
        throw error;
      }
    },
    changeStatus(id, to, change, line) {
      const { doc, record } = current(id);
      if (!allowed(record.status, to)) throw refusedStatus(record.status, to);
      const next = { ...record, ...change(record), status: to, updatedAt: stamp() };
      return commit(doc, withEntry(next, entry(to, line)));
    },
    annotate(id, change, line) {
      const { doc, record } = current(id);
      return commit(doc, withEntry({ ...record, ...change(record) }, entry(record.status, line)));
    },
    touch(id, change, options) {
      const { doc, record } = current(id, options?.includeDeleted);
      return commit(doc, { ...record, ...change(record) });
    },
    carrierRecord(id) {
      docFor(id, true);
      const doc = carrierRecordDoc(id);
      const { recovery } = doc;
      const file = doc.get() as CarrierRecordFile | undefined;
      // An unreadable file was moved aside: a record attached since is read as any other.
      if (file && recovery?.reason !== 'newer-version') return { kind: 'ok', file };
      if (recovery)
        return {
          kind: 'unreadable',
          newer: recovery.reason === 'newer-version',
          ...(recovery.backupPath ? { movedTo: recovery.backupPath } : {}),
        };
      return { kind: 'none' };
    },
    setCarrierRecord(id, change, line) {
      const { doc, record } = current(id);
      if (!canEditAnswers(record.status)) throw lockedError(record.status);
      const recordDoc = carrierRecordDoc(id);
      // A file moved aside as unreadable leaves none, until a record is attached again (read as any other).
      const before =
        recordDoc.recovery?.reason === 'newer-version'
          ? undefined
          : (recordDoc.get() as CarrierRecordFile | undefined);
      // A file from a newer PortDesk refuses the write itself (document-store).
      recordDoc.set(change(before));
      return commit(
        doc,
        line
          ? withEntry({ ...record, updatedAt: stamp() }, entry(record.status, line))
          : { ...record, updatedAt: stamp() },
      );
    },
    discardNew(id) {
      const doc = docs.get(id);
      if (!doc || !created.has(id)) throw new Error(`Order ${id} was not created in this session.`);
      docs.delete(id);
      created.delete(id);
      removeOrderFiles(dir, id);
      claimsChanged(id);
    },
    claimsVersion: (id) => (id === undefined ? allClaimChanges : (claimChanges.get(id) ?? 0)),
    recoveries,
  };
}

/** Whether a change may change what other orders see as taken: the status, the delete mark, the name. */
function claimsDiffer(a: OrderRecord, b: OrderRecord): boolean {
  return (
    a.status !== b.status ||
    a.deletedAt !== b.deletedAt ||
    a.answers.details.orderName !== b.answers.details.orderName
  );
}

/** Statuses that follow by themselves or through the wizard, beside the ones the admin records. */
function allowed(from: OrderStatus, to: OrderStatus): boolean {
  if (to === 'ready') return from === 'draft' || from === 'ready';
  if (to === 'draft') return from === 'ready';
  return (recordableFrom(from) as readonly OrderStatus[]).includes(to);
}

function refusedStatus(from: OrderStatus, to: OrderStatus): UserFacingError {
  return new UserFacingError(
    'not-allowed',
    `A ${orderStatusLabels[from]} order cannot become ${orderStatusLabels[to]}.`,
  );
}

function notFound(): UserFacingError {
  return new UserFacingError(
    'not-found',
    'That port order no longer exists. It may have been deleted.',
    'id',
  );
}

/**
 * The start-up repairs of the orders folder, made before any order file is read: files of
 * an upper-case id renamed, an interrupted delete finished. What it did that the admin must
 * hear of comes back as recoveries.
 */
export function repairOrdersFolder(dir: string): Recovery[] {
  mkdirSync(dir, { recursive: true });
  const recoveries = lowerCaseIds(dir);
  finishDeletedMoves(dir);
  return recoveries;
}

/** Opens every order file at start-up; deleted orders are set aside then, unusable ones reported. */
function openOrders(
  dir: string,
  openOrder: OpenOrderDocument,
  now: () => Date,
  repaired: Recovery[],
) {
  const docs = new Map<string, DocumentStore<OrderRecord>>();
  const recoveries: Recovery[] = [...repaired];
  for (const id of listOrderIds(dir)) {
    const doc = openOrder(orderDocumentName(id));
    if (doc.recovery) {
      recoveries.push(doc.recovery);
      continue;
    }
    const record = doc.get();
    if (record.id !== id) {
      // A copy under another order's name (a backup put back by hand): two rows would share one id.
      const file = orderFile(dir, id);
      recoveries.push({ file, reason: 'invalid', backupPath: moveAside(file, 'invalid', now()) });
    } else if (record.deletedAt !== undefined) moveToDeleted(dir, id);
    else docs.set(id, doc);
  }
  return { docs, recoveries, otherIds: idsWithOtherFiles(dir) };
}
