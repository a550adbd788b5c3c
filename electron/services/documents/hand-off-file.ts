import { numbersSourceSchema } from '@shared/schemas/numbers';
import { orderSchema, signedScanSchema } from '@shared/schemas/order';
import { z } from 'zod';

import { maxScanBytes } from './signed-scan';

export const handOffFormat = 'portdesk.portorder';
/** Bumped when the file's shape changes in a way an older PortDesk cannot read; older files are read by migration. */
export const handOffSchemaVersion = 1;
/** A 100,000-number list and a 25 MB scan in base64 fit well under this. */
export const maxHandOffBytes = 64 * 1024 * 1024;

/** The first look at a file: is it one of ours, and which version, before the details are judged. */
export const handOffHeaderSchema = z.object({
  format: z.literal(handOffFormat),
  schemaVersion: z.number().int().positive(),
});

/**
 * A `.portorder` file: one order, its numbers and its signed scan, to carry to another
 * admin. The carrier PIN never travels: it is sealed by this computer's keyring.
 */
export const handOffFileSchema = handOffHeaderSchema.extend({
  exportedAt: z.iso.datetime(),
  exportedBy: z.string().max(100),
  order: orderSchema.omit({ carrierPinSet: true }),
  numbers: numbersSourceSchema,
  signedScan: signedScanSchema
    .extend({ data: z.base64().max(Math.ceil(maxScanBytes / 3) * 4 + 4) })
    .optional(),
});
export type HandOffFile = z.infer<typeof handOffFileSchema>;
