import { type HandlersOf } from '@shared/contract/channel';
import type { numbersChannels } from '@shared/contract/numbers';
import { UserFacingError } from '@shared/ipc-error';
import { checkNumbers, type NumbersCheck } from '@shared/numbers/check-numbers';
import type { ForeignNamer } from '@shared/numbers/foreign-number';
import { keepList, type KeptList, type ListFigures } from '@shared/numbers/list-recheck';
import type { NanpVerdict } from '@shared/numbers/nanp-classifier';
import { readList } from '@shared/numbers/read-numbers';
import { tollFreeCountryOf } from '@shared/order/toll-free-country';
import type {
  ExportNumbersResult,
  NumbersSummary,
  OpenNumbersFileResult,
  OrderNumbers,
} from '@shared/schemas/numbers';
import type { Order } from '@shared/schemas/order';

import type { Dialogs } from '../dialogs';
import { type Elsewhere, elsewhereCache } from './number-claims';
import { readNumbersFile, safeFileStem, writeNumbersCsv } from './numbers-files';
import { type OrderRecord, toOrder } from './order-record';
import type { ListWrite, OrderRepository } from './order-repository';

export interface NumbersServiceDeps {
  repo: OrderRepository;
  /** Where the admin picks a list to read, or a folder to export to. */
  dialogs: Pick<Dialogs, 'chooseNumbersFile' | 'chooseExportFolder'>;
  classify: (national: string) => NanpVerdict;
  /** Names the country of a number outside North America, as the page's check does. */
  foreign?: ForeignNamer;
}

/** A list ready to be written, with the figures the order keeps of it. */
export type CheckedList = ListWrite & { figures: NumbersSummary };

/** An order's number list: kept by main, checked by main with the same code the page uses. */
export interface NumbersService {
  /** Checks a list as it would be for order `id` (numbers in the admin's other orders count). */
  check(id: string, source: string): NumbersCheck;
  /**
   * A list with its figures, against the BTN (and a partial port's replacement BTN) given,
   * ready for the repository to write; `others` when the caller has the other orders'
   * numbers already (`allClaims`).
   */
  prepare(
    id: string,
    source: string,
    btn: string,
    replacementBtn?: string,
    others?: Elsewhere,
  ): CheckedList;
  get(id: string): OrderNumbers;
  save(id: string, source: string): Order;
  /** The order's numbers as the admin center takes them; refused while the list is not clean. */
  usable(id: string): string[];
  /** Writes the usable numbers as the admin center's CSV files, in a folder the admin picks. */
  export(id: string, withHeader: boolean): Promise<ExportNumbersResult>;
  /** Reads a list file the admin picks (main reads it: the page never sees a path). */
  openFile(): Promise<OpenNumbersFileResult>;
}

/** The figures of a checked list; `btnListed` is against the order's BTN as it is now. */
export function summarize(
  check: Pick<NumbersCheck, 'counts' | 'groups'>,
  btnListed: boolean,
  replacementBtnListed = false,
): NumbersSummary {
  const { total, valid, errors, duplicates, warnings } = check.counts;
  return {
    total,
    usable: valid,
    errors,
    duplicates,
    warnings,
    groups: check.groups,
    btnListed,
    replacementBtnListed,
  };
}

export function createNumbersService({
  repo,
  dialogs,
  classify,
  foreign,
}: NumbersServiceDeps): NumbersService {
  /** Numbers of the admin's other orders, with the order's name. */
  const elsewhere = elsewhereCache(repo);
  // A new order's id has no answers yet: its toll-free numbers keep the list's own country.
  const tollFreeCountry = (id: string) =>
    repo.has(id) ? tollFreeCountryOf(repo.get(id).answers) : undefined;
  const context = (id: string, others: Elsewhere = elsewhere(id)) => ({
    classify,
    foreign,
    elsewhere: others,
    tollFreeCountry: tollFreeCountry(id),
  });
  const check = (id: string, source: string, others?: Elsewhere) =>
    checkNumbers(readList(source), context(id, others));
  const prepare = (
    id: string,
    source: string,
    btn: string,
    replacementBtn = '',
    others?: Elsewhere,
  ): CheckedList => {
    // Kept whole even past 100,000 numbers (nothing typed is dropped); the check counts what is over as an error.
    const result = check(id, source, others);
    const numbers = new Set<string>();
    for (const row of result.rows) if (row.e164 !== undefined) numbers.add(row.e164);
    const replacementListed = replacementBtn !== '' && numbers.has(replacementBtn);
    return { source, numbers, figures: summarize(result, numbers.has(btn), replacementListed) };
  };
  // The list last saved, kept checked: a fix in place re-checks its line, not 100,000 (list-recheck.ts).
  let kept: { id: string; others: Elsewhere; country: string; list: KeptList } | undefined;
  /** The kept list the save under way changed (its set may be the one kept as on disk). */
  let changing: KeptList | undefined;
  const recheck = (id: string, source: string): ListFigures => {
    const others = elsewhere(id);
    const country = tollFreeCountry(id) ?? '';
    const same = kept?.id === id && kept.others === others && kept.country === country;
    changing = same ? kept!.list : undefined;
    if (!same || !kept!.list.update(source)) {
      kept = { id, others, country, list: keepList(source, context(id, others)) };
      changing = kept.list;
    }
    return kept!.list.figures();
  };
  const takeBackChanges = () => {
    if (changing === undefined) return;
    changing.revert();
    changing = undefined;
    kept = undefined;
  };
  const usable = (id: string): string[] => {
    // A checked or submitted order holds its numbers: a later draft reusing them is that draft's problem, not this order's.
    const claims = repo.get(id).status === 'draft' ? elsewhere(id) : new Map<string, string>();
    const result = checkNumbers(readList(repo.listSource(id)), context(id, claims));
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
    prepare,
    get(id) {
      return { source: repo.listSource(id), elsewhere: [...elsewhere(id)] };
    },
    save(id, source) {
      changing = undefined;
      let saved: OrderRecord;
      try {
        saved = repo.edit(id, (r) => {
          const { btn, replacementBtn } = r.answers.btn;
          const { numbers, counts, groups } = recheck(id, source);
          const replacementListed = replacementBtn !== '' && numbers.has(replacementBtn);
          const figures = summarize({ counts, groups }, numbers.has(btn), replacementListed);
          return { record: { ...r, numbers: figures }, list: { source, numbers } };
        });
      } catch (error) {
        // The set main keeps of the list on disk is the kept list's own, changed in place by
        // this save (even part-way, when the check itself failed): put back, and checked anew
        // at the next save.
        takeBackChanges();
        throw error;
      }
      return toOrder(saved);
    },
    usable,
    async export(id, withHeader) {
      const list = usable(id);
      const folder = await dialogs.chooseExportFolder();
      if (folder === undefined) return { cancelled: true };
      const files = writeNumbersCsv(
        folder,
        safeFileStem(repo.get(id).answers.details.orderName),
        list,
        withHeader,
      );
      return { folder, files, numbers: list.length };
    },
    async openFile() {
      const path = await dialogs.chooseNumbersFile();
      return path === undefined ? { cancelled: true } : readNumbersFile(path);
    },
  };
}

/** The number list channels, answered by this service (a split by `split-order.ts`). */
export function numbersHandlers(
  numbers: NumbersService,
  split: (id: string) => { created: string[] },
): HandlersOf<typeof numbersChannels> {
  return {
    getOrderNumbers: ({ id }) => numbers.get(id),
    saveOrderNumbers: ({ id, source }) => numbers.save(id, source),
    exportOrderNumbers: ({ id, withHeader }) => numbers.export(id, withHeader),
    openNumbersFile: () => numbers.openFile(),
    splitOrderNumbers: ({ id }) => split(id),
  };
}
