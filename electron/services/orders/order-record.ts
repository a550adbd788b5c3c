import { type Order, orderSchema } from '@shared/schemas/order';
import { z } from 'zod';

/**
 * An order as main keeps it: what the renderer sees, plus the sealed carrier PIN, the
 * soft-delete mark, the list's progress cache and the revision of its number list. Its
 * shape on disk is `orderFormat` (electron/storage/formats/order): a test keeps the two equal.
 */
export const orderRecordSchema = orderSchema.omit({ carrierPinSet: true }).extend({
  /** The carrier PIN sealed by the SecretBox, base64; never leaves main. */
  carrierPinSealed: z.string().optional(),
  /** Set by Delete; cleared by Undo; the file moves to `deleted/` at the next start. */
  deletedAt: z.iso.datetime().optional(),
  /** Steps complete as checked when the order last changed, and on which day (the transfer date rule reads today). */
  progress: z
    .object({ stepsComplete: z.number().int().nonnegative(), checkedOn: z.string() })
    .optional(),
  /** Which revision of the number list the order's figures were computed from. */
  listRevision: z.number().int().nonnegative(),
});
export type OrderRecord = z.infer<typeof orderRecordSchema>;

/** The renderer's view of a record: the PIN reduced to whether one is set. */
export function toOrder(record: OrderRecord): Order {
  const { carrierPinSealed, deletedAt, progress, listRevision, ...rest } = record;
  void deletedAt; // a deleted order is never handed out, so its mark needs no place in the view
  void progress; // the list's cache, not part of the order
  void listRevision; // which file holds the list is main's business
  return { ...rest, carrierPinSet: carrierPinSealed !== undefined };
}
