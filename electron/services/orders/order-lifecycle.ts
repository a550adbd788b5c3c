import { type HandlersOf } from '@shared/contract/channel';
import type { orderStatusChannels } from '@shared/contract/order-status';
import { UserFacingError } from '@shared/ipc-error';
import { canRecreate, recordableFrom, rejectionReasons } from '@shared/order/lifecycle';
import { type AnswerStepId, stepIds } from '@shared/order/steps';
import type { Order } from '@shared/schemas/order';
import {
  type OrderStatus,
  orderStatusLabels,
  type RecordableStatus,
  type recordStatusInputSchema,
} from '@shared/schemas/order-status';
import type { z } from 'zod';

import { carriedCarrierRecord } from '../carrier-record/carry-record';
import type { NumbersService } from './numbers-service';
import { toOrder } from './order-record';
import type { OrderRepository } from './order-repository';
import type { OrdersService } from './orders-service';
import { statusChange } from './status-change';

export interface LifecycleDeps {
  repo: OrderRepository;
  ordersDir: string;
  orders: OrdersService;
  numbers: NumbersService;
  now: () => Date;
}

/** What happens to an order after the wizard, as the admin records it. */
export interface LifecycleService {
  record(input: z.output<typeof recordStatusInputSchema>): Order;
  /** A new draft with everything copied, the rejected answers marked to check against the carrier's record. */
  recreate(id: string): Order;
  /** The admin checked a step's marked answers against the carrier's record. */
  markChecked(id: string, step: AnswerStepId): Order;
}

/**
 * Every rule of the domain's status table is checked here (and again by the repository,
 * which writes), whatever the page offered.
 */
export function createLifecycleService({
  repo,
  ordersDir,
  orders,
  numbers,
  now,
}: LifecycleDeps): LifecycleService {
  return {
    record(input) {
      const record = repo.get(input.id);
      if (!recordableFrom(record.status).includes(input.status))
        throw refusal(record.status, input.status);
      if (input.status === 'processing') orders.assertStillChecked(input.id, 'Submission');
      const { patch, note } = statusChange(input, record, now());
      repo.changeStatus(input.id, input.status, () => patch, { note });
      // An FOC under 24 hours away makes the order pending at once.
      return orders.get(input.id);
    },
    recreate(id) {
      const source = repo.get(id);
      if (!canRecreate(source.status)) {
        throw new UserFacingError(
          'not-allowed',
          `Only an order in Error or Cancelled is recreated; this one is ${orderStatusLabels[source.status]}. Duplicate it to start a new draft from its answers.`,
        );
      }
      const name = source.answers.details.orderName.trim() || 'Untitled order';
      // Cancelled after an error, the order still carries the rejection: the new draft must check what it points at.
      const reason = source.rejection?.reason;
      const why = reason
        ? `the carrier's rejection (${rejectionReasons[reason].label})`
        : 'it was cancelled';
      // The rejected order no longer claims its numbers, so the copy's figures are worked out as its own.
      const { btn, replacementBtn } = source.answers.btn;
      const list = numbers.prepare(id, repo.listSource(id), btn, replacementBtn);
      const fields = reason ? rejectionReasons[reason].fields : [];
      const withRecord = repo.carrierRecord(id).kind === 'ok';
      const copy = orders.duplicate(id, {
        name: (n) => `${n || 'Port order'} (recreated)`,
        // An invalid PIN must be asked for again; any other reason keeps the PIN the carrier accepted.
        keepCarrierPin: reason !== 'invalidPin',
        note: `Draft recreated from “${name}” after ${why}.${withRecord ? " The carrier's record came with it; confirm any mismatch again." : ''}`,
        list,
        carrierRecord: (copyId) => carriedCarrierRecord(repo, ordersDir, id, copyId, now()),
        record: {
          visited: [...stepIds],
          lastStep: fields[0]?.step ?? 'review',
          recheck: reason
            ? {
                reason,
                details: source.rejection?.details ?? '',
                fromOrderId: id,
                fromOrderName: name,
                fields,
              }
            : undefined,
        },
      });
      // Written after the copy exists: a crash between the two leaves the new draft, never a note about a missing one.
      repo.annotate(id, () => ({}), {
        note: `Recreated as a new draft, “${copy.answers.details.orderName}”.`,
      });
      return orders.get(copy.id);
    },
    markChecked(id, step) {
      return toOrder(
        repo.edit(id, (r) => {
          const fields = r.recheck?.fields.filter((f) => f.step !== step) ?? [];
          return {
            record: {
              ...r,
              recheck: r.recheck && fields.length > 0 ? { ...r.recheck, fields } : undefined,
            },
          };
        }),
      );
    },
  };
}

/** Why a status cannot be recorded now, and what can. */
function refusal(from: OrderStatus, to: RecordableStatus): UserFacingError {
  const label = orderStatusLabels[from];
  if (from === 'transferPending' && to === 'cancelled') {
    return new UserFacingError(
      'not-allowed',
      'Less than 24 hours before the transfer, the order can no longer be cancelled: the carrier has scheduled it. If the numbers must stay, call the current carrier and Microsoft support now.',
    );
  }
  if (from === 'draft') {
    return new UserFacingError(
      'not-allowed',
      'This order has not been checked yet: finish it on Review first, then record its submission.',
    );
  }
  const options = recordableFrom(from)
    .filter((s) => s !== from)
    .map((s) => orderStatusLabels[s]);
  const then =
    options.length > 0
      ? ` From ${label} you can record: ${options.join(', ')}.`
      : ' Nothing more can be recorded for it.';
  return new UserFacingError(
    'not-allowed',
    `A ${label} order cannot become ${orderStatusLabels[to]}.${then}`,
  );
}

/** The status channels, answered by this service. */
export function orderStatusHandlers(
  lifecycle: LifecycleService,
): HandlersOf<typeof orderStatusChannels> {
  return {
    recordOrderStatus: (input) => lifecycle.record(input),
    recreateOrder: ({ id }) => lifecycle.recreate(id),
    markOrderStepChecked: ({ id, step }) => lifecycle.markChecked(id, step),
  };
}
