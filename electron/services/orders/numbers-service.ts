import { UserFacingError } from '@shared/ipc-error';
import { checkNumbers, type NumbersCheck } from '@shared/numbers/check-numbers';
import type { NanpVerdict } from '@shared/numbers/nanp-classifier';
import { readList } from '@shared/numbers/read-numbers';
import { canEditAnswers } from '@shared/order/lifecycle';
import type { ExportNumbersResult, NumbersSummary, OrderNumbers } from '@shared/schemas/numbers';
import type { Order } from '@shared/schemas/order';

import { safeFileStem, writeNumbersCsv } from './numbers-files';
import type { NumbersStore } from './numbers-store';
import type { OrderRecord } from './order-record';
import type { OrderStore } from './order-store';
import { lockedError } from './order-timeline';

export interface NumbersServiceDeps {
  store: OrderStore;
  numbers: NumbersStore;
  classify: (national: string) => NanpVerdict;
  /** Saves a change to an order the way every edit does (back to Draft, new time stamp). */
  edit: (
    id: string,
    change: (r: OrderRecord) => OrderRecord,
    options?: { letterChanged?: boolean },
  ) => Order;
}

/** The figures of a checked list; `btnListed` is against the order's BTN as it is now. */
export function summarize(
  check: Pick<NumbersCheck, 'counts' | 'groups'>,
  btnListed: boolean,
): NumbersSummary {
  const { total, valid, errors, duplicates, warnings } = check.counts;
  return { total, usable: valid, errors, duplicates, warnings, groups: check.groups, btnListed };
}

/** An order's number list: kept by main, checked by main with the same code the page uses. */
export function createNumbersService({ store, numbers, classify, edit }: NumbersServiceDeps) {
  /** Numbers of the admin's other orders, with the order's name. */
  const elsewhere = (id: string): Map<string, string> => {
    const map = new Map<string, string>();
    for (const other of store.all()) {
      // A rejected or cancelled order no longer claims its numbers: its recreated draft takes them.
      if (
        other.id === id ||
        other.deletedAt !== undefined ||
        other.status === 'error' ||
        other.status === 'cancelled'
      )
        continue;
      const name = other.answers.account.orderName.trim() || 'Untitled order';
      for (const e164 of numbers.set(other.id)) if (!map.has(e164)) map.set(e164, name);
    }
    return map;
  };
  const check = (id: string, source: string) =>
    checkNumbers(readList(source), { classify, elsewhere: elsewhere(id) });

  /** Writes a list as it is and returns its figures; callers decide whether the order may change. */
  const keep = (id: string, source: string, btn: string): NumbersSummary => {
    // Kept whole even past 100,000 numbers (nothing typed is dropped); the check counts what is over as an error.
    const result = check(id, source);
    const set = new Set<string>();
    for (const row of result.rows) if (row.e164 !== undefined) set.add(row.e164);
    numbers.save(id, source, set);
    return summarize(result, set.has(btn));
  };

  /** The order's numbers as the admin center takes them; refused while the list is not clean. */
  const usable = (id: string): string[] => {
    // A checked or submitted order holds its numbers: a later draft reusing them is that draft's problem, not this order's.
    const claims = store.get(id).status === 'draft' ? elsewhere(id) : new Map<string, string>();
    const result = checkNumbers(readList(numbers.source(id)), { classify, elsewhere: claims });
    const { errors, duplicates, valid } = result.counts;
    if (errors + duplicates > 0) {
      throw new UserFacingError(
        'not-allowed',
        `Numbers: fix or remove the ${errors + duplicates} lines with errors or repeats first; the admin center would refuse the file.`,
      );
    }
    if (valid === 0)
      throw new UserFacingError('not-allowed', 'Numbers: there are no numbers to export yet.');
    if (result.groups.length > 1)
      throw new UserFacingError(
        'not-allowed',
        'Numbers: split the list into one order a country and number type first.',
      );
    return result.rows.flatMap((r) =>
      r.e164 && (r.status === 'ok' || r.status === 'warning') ? [r.e164] : [],
    );
  };

  return {
    check,
    get(id: string): OrderNumbers {
      store.get(id);
      return { source: numbers.source(id), elsewhere: [...elsewhere(id)] };
    },
    save(id: string, source: string): Order {
      const record = store.get(id);
      // Refused before the list is written: a submitted order's numbers stay as they were sent.
      if (!canEditAnswers(record.status)) throw lockedError(record.status);
      const letterChanged = source !== numbers.source(id);
      const figures = keep(id, source, record.answers.account.btn);
      return edit(id, (r) => ({ ...r, numbers: figures }), { letterChanged });
    },
    keep,
    usable,
    /** The admin center's CSV files for the order's numbers, in a folder the admin chose. */
    async export(
      id: string,
      withHeader: boolean,
      chooseFolder: () => Promise<string | undefined>,
    ): Promise<ExportNumbersResult> {
      const list = usable(id);
      const folder = await chooseFolder();
      if (folder === undefined) return { cancelled: true };
      const files = writeNumbersCsv(
        folder,
        safeFileStem(store.get(id).answers.account.orderName),
        list,
        withHeader,
      );
      return { folder, files, numbers: list.length };
    },
    /** Whether the BTN is in the list, after the BTN itself changed. */
    btnListed: (id: string, btn: string) => numbers.set(id).has(btn),
  };
}
export type NumbersService = ReturnType<typeof createNumbersService>;
