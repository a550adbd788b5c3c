import { randomUUID } from 'node:crypto';

import type { SecretBox } from '@main/storage/secret-box';
import { UserFacingError } from '@shared/ipc-error';
import { checkOrder } from '@shared/order/check-order';
import { canDelete, canEditAnswers } from '@shared/order/lifecycle';
import { loaRules } from '@shared/order/rules/loa-rules';
import type { AnswerStepId, StepId } from '@shared/order/steps';
import { emptyNumbersSummary } from '@shared/schemas/numbers';
import type { Order, OrderList, SaveOrderStepInput } from '@shared/schemas/order';
import type { OrderAnswers } from '@shared/schemas/order-answers';
import {
  type OrderStatus,
  orderStatusLabels,
  type TimelineEntry,
} from '@shared/schemas/order-status';

import type { OrganizationsService } from '../organizations-service';
import { answersFromOrganization } from './new-order';
import { type OrderRecord, toOrder } from './order-record';
import type { OrderStore } from './order-store';
import { summarize, withProgress } from './order-summary';
import { lockedError, settle, withEntry } from './order-timeline';

export interface OrdersServiceDeps {
  store: OrderStore;
  /** Whether an order's number list holds a number (the BTN rule). */
  listHas: (id: string, e164: string) => boolean;
  organizations: OrganizationsService;
  box: SecretBox;
  now: () => Date;
}

/** Whether two versions of an order print the same letter: same answers, same numbers. */
function sameLetter(a: OrderRecord, b: OrderRecord): boolean {
  return (
    JSON.stringify(a.answers) === JSON.stringify(b.answers) &&
    JSON.stringify(a.numbers) === JSON.stringify(b.numbers)
  );
}

/**
 * Port orders while they are drafted: every autosave lands here, is checked for shape
 * (the IPC gate) and merged; whether an answer is right is decided by the shared rules,
 * here too, before an order may become Ready to submit.
 */
export function createOrdersService({
  store,
  listHas,
  organizations,
  box,
  now,
}: OrdersServiceDeps) {
  const stamp = () => now().toISOString();
  const entry = (
    status: OrderStatus,
    note: string,
    by: TimelineEntry['by'] = 'admin',
  ): TimelineEntry => ({ at: stamp(), status, note, by });
  /** The record as it stands now; a transfer that turned pending is written at once. */
  const current = (id: string): OrderRecord => {
    const record = store.get(id);
    const settled = settle(record, now());
    if (settled === record) return record;
    store.update(id, () => settled);
    store.flush(id);
    return settled;
  };
  /** Any edit makes the order a draft again: a Ready order must be re-checked and finished again. Submitted orders refuse. */
  const edit = (
    id: string,
    change: (record: OrderRecord) => OrderRecord,
    options: { letterChanged?: boolean } = {},
  ): Order => {
    const { status } = current(id);
    if (!canEditAnswers(status)) throw lockedError(status);
    return toOrder(
      store.update(id, (record) => {
        let next = withSignature({
          ...change(record),
          status: 'draft',
          readyAt: undefined,
          updatedAt: stamp(),
        });
        if (record.status === 'ready')
          next = withEntry(
            next,
            entry('draft', 'An answer changed after the checks: check and finish again.'),
          );
        const stale =
          record.signedScan && (options.letterChanged === true || !sameLetter(record, next));
        return withProgress(stale ? dropScan(next) : next, now());
      }),
    );
  };
  /** A signed letter that no longer matches the answers must not go to the carrier; its file stays beside the order. */
  const dropScan = (record: OrderRecord): OrderRecord =>
    withEntry(
      { ...record, signedScan: undefined },
      entry(
        'draft',
        'The signed letter no longer matches the answers: print the new letter, sign it and attach it again.',
      ),
    );
  /** The signing date is when the LOA step became valid, and is dropped when it no longer is. */
  const withSignature = (record: OrderRecord): OrderRecord => {
    const signed = loaRules({
      answers: record.answers,
      carrierPinSet: false,
      numbers: record.numbers,
      today: now(),
    }).safeParse(record.answers.loa).success;
    return { ...record, signedAt: signed ? (record.signedAt ?? stamp()) : undefined };
  };
  const fresh = (
    answers: OrderAnswers,
    organizationId: string | undefined,
    note: string,
  ): OrderRecord => ({
    id: randomUUID(),
    organizationId,
    status: 'draft',
    createdAt: stamp(),
    updatedAt: stamp(),
    lastStep: 'getStarted',
    visited: ['getStarted'],
    answers,
    numbers: emptyNumbersSummary,
    timeline: [entry('draft', note)],
  });

  return {
    list(): OrderList {
      const orders = store
        .all()
        .filter((r) => r.deletedAt === undefined)
        .map((r) => summarize(current(r.id), now()));
      return { orders: orders.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) };
    },
    get: (id: string): Order => toOrder(current(id)),
    /** Refuses `what` when a Ready order no longer passes its checks (the transfer date rule reads today). */
    assertStillChecked(id: string, what: string): void {
      const order = toOrder(current(id));
      if (order.status !== 'ready') return;
      const { issues } = checkOrder(order, now());
      if (issues.length === 0) return;
      throw new UserFacingError(
        'not-allowed',
        `${what}: this order no longer passes its checks (${issues.length} answer${issues.length === 1 ? '' : 's'} to fix, such as “${issues[0]!.message}”). Edit its answers and finish it again.`,
      );
    },
    current,
    entry,
    create(): Order {
      const org = organizations.active();
      return toOrder(store.create(fresh(answersFromOrganization(org), org?.id, 'Draft started.')));
    },
    saveStep(input: SaveOrderStepInput): Order {
      return edit(input.id, (r) => {
        const answers = { ...r.answers, [input.step]: input.values };
        // The BTN rule reads the list: a new BTN may now be in it, or no longer.
        const btnListed =
          input.step === 'account' ? listHas(r.id, answers.account.btn) : r.numbers.btnListed;
        return { ...r, answers, numbers: { ...r.numbers, btnListed } };
      });
    },
    edit,
    /** Records the step the admin is on (to resume there) and writes the order now, as a step change should. */
    visit(id: string, step: StepId): Order {
      const record = store.update(id, (r) => ({
        ...r,
        lastStep: step,
        visited: r.visited.includes(step) ? r.visited : [...r.visited, step],
      }));
      store.flush(id);
      return toOrder(record);
    },
    setCarrierPin(id: string, pin: string): Order {
      if (!box.isAvailable()) {
        throw new UserFacingError(
          'not-allowed',
          'This computer offers no secure storage (on Linux, a keyring such as GNOME Keyring), so PortDesk will not keep the carrier PIN. You can type it in the admin center when you submit.',
          'carrierPin',
        );
      }
      const sealed = box.encrypt(pin).toString('base64');
      const order = edit(id, (r) => ({ ...r, carrierPinSealed: sealed }));
      store.flush(id);
      return order;
    },
    finish(id: string): Order {
      const { status } = current(id);
      if (!canEditAnswers(status)) throw lockedError(status);
      const check = checkOrder(toOrder(store.get(id)), now());
      if (check.issues.length > 0) {
        const steps = [...new Set(check.issues.map((i) => i.step))] as AnswerStepId[];
        throw new UserFacingError(
          'not-allowed',
          `This order still has ${check.issues.length} answer${check.issues.length === 1 ? '' : 's'} to fix (${steps.length} step${steps.length === 1 ? '' : 's'}); Review lists them.`,
        );
      }
      const record = store.update(id, (r) => {
        const next: OrderRecord = {
          ...r,
          status: 'ready',
          readyAt: stamp(),
          lastStep: 'review',
          updatedAt: stamp(),
        };
        return r.status === 'ready'
          ? next
          : withEntry(next, entry('ready', 'Every answer checked: ready to submit.'));
      });
      store.flush(id);
      return toOrder(record);
    },
    /** A new draft from this one, without the signature; the carrier PIN only travels when asked (a split keeps the account). */
    duplicate(
      id: string,
      change: {
        name?: (name: string) => string;
        location?: Partial<OrderAnswers['location']>;
        keepCarrierPin?: boolean;
        note?: string;
      } = {},
    ): Order {
      const source = store.get(id);
      const name = source.answers.account.orderName.trim();
      const rename = change.name ?? ((n: string) => (n ? `Copy of ${n}` : ''));
      const answers: OrderAnswers = {
        ...source.answers,
        location: { ...source.answers.location, ...change.location },
        account: { ...source.answers.account, orderName: rename(name).slice(0, 80) },
        loa: { ...source.answers.loa, signature: '' },
      };
      const note = change.note ?? `Draft started as a copy of “${name || 'Untitled order'}”.`;
      const copy = {
        ...fresh(answers, source.organizationId, note),
        carrierPinSealed: change.keepCarrierPin ? source.carrierPinSealed : undefined,
      };
      return toOrder(store.create(copy));
    },
    remove(id: string): OrderList {
      const { status } = current(id);
      if (!canDelete(status)) {
        throw new UserFacingError(
          'not-allowed',
          `This order is ${orderStatusLabels[status]}: it was submitted, so it keeps its history and is not deleted.`,
        );
      }
      store.update(id, (r) => ({ ...r, deletedAt: stamp() }));
      store.flush(id);
      return this.list();
    },
    restore(id: string): OrderList {
      store.update(id, (r) => ({ ...r, deletedAt: undefined }), { includeDeleted: true });
      store.flush(id);
      return this.list();
    },
  };
}
export type OrdersService = ReturnType<typeof createOrdersService>;
