import { z } from 'zod';

import { orderShapeV1, signedScanV1 } from '../order/v1';

/*
 * A `.portorder` hand-off file at format version 1 (PortDesk 0.1). FROZEN: files of this
 * version are on admins' disks and in their mail. The order inside is the order as it
 * was at version 1, whatever the order file looks like now.
 */
const maxScanBytes = 25 * 1024 * 1024;

export const portOrderV1 = z.object({
  exportedAt: z.iso.datetime(),
  exportedBy: z.string().max(100),
  order: orderShapeV1,
  numbers: z.string().max(8_000_000),
  signedScan: signedScanV1
    .extend({ data: z.base64().max(Math.ceil(maxScanBytes / 3) * 4 + 4) })
    .optional(),
});
