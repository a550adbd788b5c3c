import type { CarrierRecordFile } from '@shared/schemas/carrier-record';

import { orderFilesDir } from '../orders/order-files';
import type { OrderRepository } from '../orders/order-repository';
import { carrierRecordToSend, receiveCarrierRecord } from './record-hand-off';

/**
 * The carrier's record of order `fromId` for a draft recreated from it, its PDF copied beside
 * the new order (`toId`), without the confirmations: after a rejection every mismatch is
 * looked at again. The record travels the way a `.portorder` carries it, so the two paths
 * cannot drift apart. Written with the new draft in one go (`DuplicateChange.carrierRecord`).
 */
export function carriedCarrierRecord(
  repo: OrderRepository,
  ordersDir: string,
  fromId: string,
  toId: string,
  now: Date,
): CarrierRecordFile | undefined {
  const sent = carrierRecordToSend(repo, orderFilesDir(ordersDir, fromId), fromId);
  if (!sent) return undefined;
  const received = receiveCarrierRecord(sent, orderFilesDir(ordersDir, toId), now);
  return { ...received, confirmations: {} };
}
