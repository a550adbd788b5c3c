import type { z } from 'zod';

import { orderFileV2 } from '../order/v2';
import { portOrderV1 } from './v1';

/*
 * A `.portorder` file at format version 2 (this session). FROZEN once released. The
 * order inside is the order of file format 2 without this computer's bookkeeping: ids in
 * lower case, each visited step once.
 */
export const portOrderV2 = portOrderV1.extend({
  order: orderFileV2.omit({
    carrierPinSealed: true,
    deletedAt: true,
    progress: true,
    listRevision: true,
  }),
});

/** v1 → v2: the order's ids lower-cased and its visited steps listed once. */
export function upgradePortOrderV1(data: unknown): unknown {
  const v1 = data as z.output<typeof portOrderV1>;
  const { order } = v1;
  return {
    ...v1,
    order: {
      ...order,
      id: order.id.toLowerCase(),
      visited: [...new Set(order.visited)],
      recheck: order.recheck && {
        ...order.recheck,
        fromOrderId: order.recheck.fromOrderId.toLowerCase(),
      },
    },
  };
}
