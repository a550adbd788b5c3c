import { z } from 'zod';

import { orderDocumentV3, orderFileV3, upgradeOrderV2 } from '../order/v3';
import { portOrderV2 } from './v2';

/*
 * A `.portorder` file at format version 3 (issue 15). FROZEN once released. The order
 * inside is the order of file format 3 without this computer's bookkeeping; the file
 * also carries the order's documents (their bytes) and the sender's organization, which
 * the receiving admin is offered to add.
 */
const maxDocumentBytes = 25 * 1024 * 1024;

export const portOrderV3 = portOrderV2.extend({
  order: orderFileV3.omit({
    carrierPinSealed: true,
    deletedAt: true,
    progress: true,
    listRevision: true,
  }),
  documents: z
    .array(
      orderDocumentV3.extend({ data: z.base64().max(Math.ceil(maxDocumentBytes / 3) * 4 + 4) }),
    )
    .max(10)
    .default([]),
  organization: z
    .object({
      name: z.string().max(200),
      country: z.enum(['US', 'CA']),
      street: z.string().max(200),
      city: z.string().max(100),
      region: z.string().max(100),
      postalCode: z.string().max(20),
      contactName: z.string().max(100),
      contactEmail: z.string().max(254),
      contactPhone: z.string().max(40),
    })
    .optional(),
});

/** v2 → v3: the order upgraded as an order file is; no documents; the sender's organization unknown. */
export function upgradePortOrderV2(data: unknown): unknown {
  const v2 = data as z.output<typeof portOrderV2>;
  return { ...v2, order: upgradeOrderV2(v2.order), documents: [] };
}
