import { z } from 'zod';

import { orderFileV1 } from './v1';

/*
 * A port order file at format version 2 (this session). FROZEN once released.
 * - `listRevision`: which number-list file the order's figures were computed from. The
 *   repository writes a new list file first and then the order that points to it, so a
 *   crash between the two leaves the order with the list it was checked against.
 * - Ids are canonical lower case (an upper-case copy must never name a second order).
 * - `visited` holds each step once.
 */
const lowerUuid = z.uuid().lowercase();
const stepIds = [
  'getStarted',
  'location',
  'account',
  'numbers',
  'transfer',
  'loa',
  'review',
] as const;

export const orderFileV2 = orderFileV1.extend({
  id: lowerUuid,
  visited: z.array(z.enum(stepIds)).max(stepIds.length),
  recheck: orderFileV1.shape.recheck.unwrap().extend({ fromOrderId: lowerUuid }).optional(),
  listRevision: z.number().int().nonnegative(),
});

/** v1 → v2: the list file of a v1 order is revision 0; ids lower-cased; repeated steps dropped. */
export function upgradeOrderV1(data: unknown): unknown {
  const v1 = data as z.output<typeof orderFileV1>;
  return {
    ...v1,
    id: v1.id.toLowerCase(),
    visited: [...new Set(v1.visited)],
    recheck: v1.recheck && { ...v1.recheck, fromOrderId: v1.recheck.fromOrderId.toLowerCase() },
    listRevision: 0,
  };
}
