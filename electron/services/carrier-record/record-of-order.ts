import { carrierRecordCheck } from '@shared/carrier-record/record-check';
import type { CarrierRecordView } from '@shared/schemas/carrier-record';

import type { OrderRepository } from '../orders/order-repository';

/**
 * The carrier's record kept with an order, compared with the order as it stands now (its
 * answers and its list). Finish, Review, the panel and `Summary.txt` all read it from here.
 */
export function carrierRecordOf(repo: OrderRepository, id: string, today: Date): CarrierRecordView {
  const stored = repo.carrierRecord(id);
  if (stored.kind === 'none') return { attached: false };
  if (stored.kind === 'unreadable')
    return {
      attached: false,
      unreadable: stored.newer
        ? "The carrier's record kept with this order was saved by a newer PortDesk; this one leaves it as it is. Update PortDesk to see it."
        : `The carrier's record kept with this order could not be read${stored.movedTo ? `; it was moved to ${stored.movedTo}` : ''}. Attach or paste the record again.`,
    };
  const record = repo.get(id, { includeDeleted: true });
  return carrierRecordCheck(stored.file, record.answers, [...repo.listNumbers(id)], today);
}
