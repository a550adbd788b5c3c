import { type Order, orderSchema } from '@shared/schemas/order';
import { z } from 'zod';

/** An order on disk: what the renderer sees, plus the sealed carrier PIN and the soft-delete mark. */
export const orderRecordSchema = orderSchema.omit({ carrierPinSet: true }).extend({
  /** The carrier PIN sealed by the SecretBox, base64; never leaves main. */
  carrierPinSealed: z.string().optional(),
  /** Set by Delete; cleared by Undo; the file moves to `deleted/` at the next start. */
  deletedAt: z.iso.datetime().optional(),
  /** Steps complete as checked when the order last changed, and on which day (the transfer date rule reads today). */
  progress: z
    .object({ stepsComplete: z.number().int().nonnegative(), checkedOn: z.string() })
    .optional(),
});
export type OrderRecord = z.infer<typeof orderRecordSchema>;

/** The renderer's view of a record: the PIN reduced to whether one is set. */
export function toOrder(record: OrderRecord): Order {
  const { carrierPinSealed, deletedAt, progress, ...rest } = record;
  void deletedAt; // a deleted order is never handed out, so its mark needs no place in the view
  void progress; // the list's cache, not part of the order
  return { ...rest, carrierPinSet: carrierPinSealed !== undefined };
}
