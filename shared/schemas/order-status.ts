import { z } from 'zod';

import { answerStepIds } from '../order/steps';
import { orderIdInput } from './order-id';
import { orderStatuses } from './order-status-words';

export { type OrderStatus, orderStatuses, orderStatusLabels } from './order-status-words';
export const orderStatusSchema = z.enum(orderStatuses);

/** The carriers' rejection reasons worth telling apart: each one points at what to check again. */
export const rejectionReasonIds = [
  'accountNumber',
  'btn',
  'authorizedPerson',
  'companyName',
  'serviceAddress',
  'invalidPin',
  'portType',
  'specialFeatures',
  'mustSplit',
  'numberInactive',
  'focRejected',
  'other',
] as const;
export type RejectionReason = (typeof rejectionReasonIds)[number];

/** One line of an order's history: what changed, when, and who did it (the admin, or PortDesk by itself). */
export const timelineEntrySchema = z.object({
  at: z.iso.datetime(),
  status: orderStatusSchema,
  note: z.string().max(2500),
  by: z.enum(['admin', 'app']),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

const isoDate = (label: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: enter a date.`);
const clockTime = z
  .string()
  .regex(
    /^([01]\d|2[0-3]):[0-5]\d$/,
    'FOC time: enter the time the carrier confirmed, for example 10:00.',
  );

export const submissionSchema = z.object({
  microsoftOrderId: z
    .string()
    .trim()
    .min(3, "Microsoft's order ID: enter the order ID the admin center showed after you submitted.")
    .max(64, "Microsoft's order ID: use at most 64 characters.")
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
      "Microsoft's order ID: use the letters, digits and dashes of the ID, without spaces.",
    ),
  submittedOn: isoDate('Submitted on'),
  /** How the authorized user signed: recorded when the order went in (asked when PortDesk cannot tell). */
  authorizedWith: z
    .enum(['signedLetter', 'eSignature'], {
      error: 'Authorized with: say whether a signed letter or the e-signature request was used.',
    })
    .optional(),
});
export const focSchema = z.object({ date: isoDate('FOC date'), time: clockTime });
export const rejectionSchema = z.object({
  reason: z.enum(rejectionReasonIds, { error: 'Reason: choose the reason the carrier gave.' }),
  details: z.string().trim().max(2000, 'Details: use at most 2,000 characters.'),
});

/** A field the admin must check again after a rejection, as Review and the step show it. */
export const fieldRefSchema = z.object({ step: z.enum(answerStepIds), field: z.string().max(40) });
export type FieldRef = z.infer<typeof fieldRefSchema>;

/** On a draft recreated after an error: why, from where, and the fields still to check against the carrier's record. */
export const recheckSchema = z.object({
  reason: z.enum(rejectionReasonIds),
  details: z.string().max(2000),
  fromOrderId: z.uuid().lowercase(),
  fromOrderName: z.string().max(200),
  fields: z.array(fieldRefSchema).max(20),
});
export type Recheck = z.infer<typeof recheckSchema>;

const orderId = orderIdInput;
const note = z.string().trim().max(2000, 'Note: use at most 2,000 characters.').default('');

/** What the admin records about an order: one shape per status, checked by main whatever the page sent. */
export const recordStatusSchemas = {
  processing: z
    .object({ id: orderId, status: z.literal('processing'), ...submissionSchema.shape })
    .strict(),
  contactingCarrier: z
    .object({ id: orderId, status: z.literal('contactingCarrier'), note })
    .strict(),
  transferApproved: z
    .object({
      id: orderId,
      status: z.literal('transferApproved'),
      focDate: focSchema.shape.date,
      focTime: clockTime,
    })
    .strict(),
  completed: z.object({ id: orderId, status: z.literal('completed'), note }).strict(),
  error: z.object({ id: orderId, status: z.literal('error'), ...rejectionSchema.shape }).strict(),
  cancelled: z.object({ id: orderId, status: z.literal('cancelled'), note }).strict(),
  customerActionRequired: z
    .object({ id: orderId, status: z.literal('customerActionRequired'), note })
    .strict(),
  supportEngaged: z.object({ id: orderId, status: z.literal('supportEngaged'), note }).strict(),
};
export const recordStatusInputSchema = z.discriminatedUnion(
  'status',
  [
    recordStatusSchemas.processing,
    recordStatusSchemas.contactingCarrier,
    recordStatusSchemas.transferApproved,
    recordStatusSchemas.completed,
    recordStatusSchemas.error,
    recordStatusSchemas.cancelled,
    recordStatusSchemas.customerActionRequired,
    recordStatusSchemas.supportEngaged,
  ],
  { error: 'Status: not a status the admin can record.' },
);
export type RecordStatusInput = z.input<typeof recordStatusInputSchema>;
export type RecordableStatus = RecordStatusInput['status'];

export const markCheckedInputSchema = z
  .object({ id: orderId, step: z.enum(answerStepIds) })
  .strict();
