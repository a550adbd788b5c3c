import { randomUUID } from 'node:crypto';

import type { SecretBox } from '@main/storage/secret-box';
import { toIsoDate } from '@shared/calendar/business-days';
import { type HandlersOf } from '@shared/contract/channel';
import type { orderChannels } from '@shared/contract/orders';
import { UserFacingError } from '@shared/ipc-error';
import { checkOrder } from '@shared/order/check-order';
import { canDelete } from '@shared/order/lifecycle';
import { accountKey, finishedStatuses } from '@shared/order/same-account';
import type { AnswerStepId, StepId } from '@shared/order/steps';
import { groupsInOrderCountry } from '@shared/order/toll-free-country';
import type { CarrierRecordFile } from '@shared/schemas/carrier-record';
import { emptyNumbersSummary } from '@shared/schemas/numbers';
import type {
  Order,
  OrderList,
  OrderSummary,
  SameAccountOrders,
  SaveOrderStepInput,
} from '@shared/schemas/order';
import type { OrderAnswers } from '@shared/schemas/order-answers';
import { fitOrderName } from '@shared/schemas/order-answers';
import { orderStatusLabels, type TimelineEntry } from '@shared/schemas/order-status';

import { carrierRecordOf } from '../carrier-record/record-of-order';
import type { OrganizationsService } from '../organizations-service';
import { addressAfterCountryChange, answersFromOrganization } from './new-order';
import type { OrderProgress } from './order-progress';
import type { OrderRecord } from './order-record';
import { toOrder } from './order-record';
import type { ListWrite, OrderRepository } from './order-repository';
import { summarize } from './order-summary';
import type { HistoryLine } from './order-timeline';

export interface OrdersServiceDeps {
  repo: OrderRepository;
  organizations: OrganizationsService;
  box: SecretBox;
  /** Each draft's steps complete, kept by main (the list checks no rules). */
  progress: OrderProgress;
  now: () => Date;
}

/** How a duplicate differs from the order it copies. */
export interface DuplicateChange {
  name?: (name: string) => string;
  /** The copy's country (toll-free numbers keep the organization's). */
  country?: OrderAnswers['getStarted']['country'];
  numberType?: OrderAnswers['numbers']['numberType'];
  /** The carrier PIN travels only when asked (a split or a recreate keeps the account). */
  keepCarrierPin?: boolean;
  note?: string;
  /** The copy's number list (figures already worked out); none means an empty list. */
  list?: ListWrite & { figures: OrderRecord['numbers'] };
  /** Anything else the copy starts with (a recreated draft's fields to check), written with it at once. */
  record?: Partial<Omit<OrderRecord, 'id' | 'listRevision'>>;
  /** The copy's carrier record, made for its id (its PDF beside it), written with it at once. */
  carrierRecord?: (copyId: string) => CarrierRecordFile | undefined;
}

/** Port orders while they are drafted: created, autosaved, finished, duplicated, deleted. */
export interface OrdersService {
  list(): OrderList;
  get(id: string): Order;
  /** Refuses `what` when a Ready order no longer passes its checks (the transfer date rule reads today). */
  assertStillChecked(id: string, what: string): void;
  create(): Order;
  saveStep(input: SaveOrderStepInput): Order;
  /** Records the step the admin is on, to resume there. */
  visit(id: string, step: StepId): Order;
  setCarrierPin(id: string, pin: string): Order;
  finish(id: string): Order;
  duplicate(id: string, change?: DuplicateChange): Order;
  remove(id: string): OrderList;
  restore(id: string): OrderList;
  /** Other unfinished orders with this order's account number. */
  sameAccount(id: string): SameAccountOrders;
}

/**
 * Every autosave lands here, is checked for shape (the IPC gate) and merged; whether an
 * answer is right is decided by the shared rules, here too, before an order may become
 * Ready to submit. Writing is the repository's.
 */
export function createOrdersService({
  repo,
  organizations,
  box,
  progress,
  now,
}: OrdersServiceDeps): OrdersService {
  const stamp = () => now().toISOString();
  const fresh = (
    answers: OrderAnswers,
    organizationId: string | undefined,
    note: string,
  ): Omit<OrderRecord, 'listRevision'> => {
    const firstLine: TimelineEntry = { at: stamp(), status: 'draft', note, by: 'admin' };
    return {
      id: randomUUID(),
      organizationId,
      status: 'draft',
      createdAt: stamp(),
      updatedAt: stamp(),
      lastStep: 'getStarted',
      visited: ['getStarted'],
      answers,
      numbers: emptyNumbersSummary,
      timeline: [firstLine],
      documents: [],
      detachedScans: [],
    };
  };
  // One row a record and day: records are replaced, never changed, so an unchanged order's row is reused.
  let rows = new WeakMap<OrderRecord, OrderSummary>();
  let rowsDay = '';
  const list = (): OrderList => {
    const today = now();
    const day = toIsoDate(today);
    if (day !== rowsDay) [rows, rowsDay] = [new WeakMap(), day];
    const stepsComplete = (r: OrderRecord) => progress.stepsComplete(r, today);
    const orders: OrderSummary[] = [];
    for (const stored of repo.all()) {
      if (stored.deletedAt !== undefined) continue;
      const record = repo.get(stored.id);
      let row = rows.get(record);
      if (!row) rows.set(record, (row = summarize(record, stepsComplete)));
      orders.push(row);
    }
    // Newest first; ISO times in one format sort as plain strings (a locale comparison costs far more).
    return {
      orders: orders.sort((a, b) =>
        a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
      ),
    };
  };

  return {
    list,
    get: (id) => toOrder(repo.get(id)),
    assertStillChecked(id, what) {
      const order = toOrder(repo.get(id));
      if (order.status !== 'ready') return;
      const { issues } = checkOrder(order, now());
      if (issues.length === 0) return;
      throw new UserFacingError(
        'not-allowed',
        `${what}: this order no longer passes its checks (${issues.length} answer${issues.length === 1 ? '' : 's'} to fix, such as “${issues[0]!.message}”). Edit its answers and finish it again.`,
      );
    },
    create() {
      const org = organizations.active();
      return toOrder(repo.create(fresh(answersFromOrganization(org), org?.id, 'Draft started.')));
    },
    saveStep(input) {
      return toOrder(
        repo.edit(input.id, (r) => {
          let answers: OrderAnswers = { ...r.answers, [input.step]: input.values };
          let line: HistoryLine | undefined;
          let numbers = r.numbers;
          // An address prefilled for the organization's country does not follow the order to
          // another; its toll-free numbers do follow it (the list's figures say so at once).
          if (answers.getStarted.country !== r.answers.getStarted.country) {
            const org = organizations.list().organizations.find((o) => o.id === r.organizationId);
            ({ answers, line } = addressAfterCountryChange(answers, org));
            numbers = { ...numbers, groups: groupsInOrderCountry(numbers.groups, answers) };
          }
          // The BTN rules read the list: a new BTN or replacement may now be in it, or no longer.
          if (input.step !== 'btn') return { record: { ...r, answers, numbers }, line };
          const listed = repo.listNumbers(r.id);
          const { btn, replacementBtn } = answers.btn;
          numbers = {
            ...numbers,
            btnListed: listed.has(btn),
            replacementBtnListed: replacementBtn !== '' && listed.has(replacementBtn),
          };
          return { record: { ...r, answers, numbers }, line };
        }),
      );
    },
    visit(id, step) {
      return toOrder(
        repo.touch(id, (r) => ({
          lastStep: step,
          visited: r.visited.includes(step) ? r.visited : [...r.visited, step],
        })),
      );
    },
    setCarrierPin(id, pin) {
      if (!box.isAvailable()) {
        throw new UserFacingError(
          'not-allowed',
          'This computer offers no secure storage (on Linux, a keyring such as GNOME Keyring), so PortDesk will not keep the carrier PIN. You can type it in the admin center when you submit.',
          'carrierPin',
        );
      }
      const sealed = box.encrypt(pin).toString('base64');
      return toOrder(repo.edit(id, (r) => ({ record: { ...r, carrierPinSealed: sealed } })));
    },
    finish(id) {
      const check = checkOrder(toOrder(repo.get(id)), now());
      if (check.issues.length > 0) {
        const steps = [...new Set(check.issues.map((i) => i.step))] as AnswerStepId[];
        throw new UserFacingError(
          'not-allowed',
          `This order still has ${check.issues.length} answer${check.issues.length === 1 ? '' : 's'} to fix (${steps.length} step${steps.length === 1 ? '' : 's'}); Review lists them.`,
        );
      }
      const carrier = carrierRecordOf(repo, id, now());
      if (carrier.attached && carrier.open > 0) {
        throw new UserFacingError(
          'not-allowed',
          `The carrier's record still disagrees with this order on ${carrier.open} point${carrier.open === 1 ? '' : 's'}: fix the answer, or confirm it with a reason. Review lists ${carrier.open === 1 ? 'it' : 'them'}.`,
        );
      }
      if (repo.get(id).status === 'ready')
        return toOrder(repo.touch(id, () => ({ lastStep: 'review' })));
      return toOrder(
        repo.changeStatus(id, 'ready', () => ({ readyAt: stamp(), lastStep: 'review' }), {
          note: 'Every answer checked: ready to submit.',
        }),
      );
    },
    duplicate(id, change = {}) {
      const source = repo.get(id);
      const name = source.answers.details.orderName.trim();
      const rename = change.name ?? ((n: string) => (n ? `Copy of ${n}` : ''));
      const { getStarted, numbers, details, authorize } = source.answers;
      const answers: OrderAnswers = {
        ...source.answers,
        getStarted: { ...getStarted, country: change.country ?? getStarted.country },
        numbers: {
          ...numbers,
          numberType: change.numberType ?? numbers.numberType,
          // A copy with a list of its own (a split) keeps the usage changes of its numbers only.
          usageByNumber: change.list
            ? usageOfNumbers(numbers.usageByNumber, change.list.numbers)
            : numbers.usageByNumber,
        },
        details: { ...details, orderName: fitOrderName(rename(name)) },
        // A copy is signed again: a new e-signature request, or the letter signed again.
        authorize: { ...authorize, eSignatureSentOn: '', signature: '' },
      };
      const note = change.note ?? `Draft started as a copy of “${name || 'Untitled order'}”.`;
      const copy = {
        ...fresh(answers, source.organizationId, note),
        carrierPinSealed: change.keepCarrierPin ? source.carrierPinSealed : undefined,
        numbers: change.list?.figures ?? emptyNumbersSummary,
        ...change.record,
      };
      return toOrder(repo.create(copy, change.list, change.carrierRecord?.(copy.id)));
    },
    remove(id) {
      const { status } = repo.get(id);
      if (!canDelete(status)) {
        throw new UserFacingError(
          'not-allowed',
          `This order is ${orderStatusLabels[status]}: it was submitted, so it keeps its history and is not deleted.`,
        );
      }
      repo.touch(id, () => ({ deletedAt: stamp() }));
      return list();
    },
    restore(id) {
      repo.touch(id, () => ({ deletedAt: undefined }), { includeDeleted: true });
      return list();
    },
    sameAccount(id) {
      const key = accountKey(repo.get(id).answers.account.accountNumber);
      if (key === '') return { orders: [] };
      const finished: readonly string[] = finishedStatuses;
      const orders = repo
        .all()
        .filter(
          (r) =>
            r.id !== id &&
            r.deletedAt === undefined &&
            !finished.includes(r.status) &&
            accountKey(r.answers.account.accountNumber) === key,
        )
        .map((r) => ({
          id: r.id,
          name: r.answers.details.orderName.trim() || 'Untitled order',
          status: r.status,
        }));
      return { orders };
    },
  };
}

/** The per-number usage changes of the numbers in `list` only. */
export function usageOfNumbers(
  usageByNumber: OrderAnswers['numbers']['usageByNumber'],
  list: ReadonlySet<string>,
): OrderAnswers['numbers']['usageByNumber'] {
  return Object.fromEntries(Object.entries(usageByNumber).filter(([e164]) => list.has(e164)));
}

/** The port order channels, answered by this service. */
export function orderHandlers(orders: OrdersService): HandlersOf<typeof orderChannels> {
  return {
    listOrders: () => orders.list(),
    createOrder: () => orders.create(),
    getOrder: ({ id }) => orders.get(id),
    saveOrderStep: (input) => orders.saveStep(input),
    visitOrderStep: ({ id, step }) => orders.visit(id, step),
    setCarrierPin: ({ id, pin }) => orders.setCarrierPin(id, pin),
    finishOrder: ({ id }) => orders.finish(id),
    duplicateOrder: ({ id }) => orders.duplicate(id),
    deleteOrder: ({ id }) => orders.remove(id),
    restoreOrder: ({ id }) => orders.restore(id),
    sameAccountOrders: ({ id }) => orders.sameAccount(id),
  };
}
