import { z } from 'zod';

import { stepIds, stepIdSchema } from '../order/steps';
import { emptyNumbersSummary, numbersSummarySchema } from './numbers';
import {
  accountAnswersSchema,
  getStartedAnswersSchema,
  loaAnswersSchema,
  locationAnswersSchema,
  numbersAnswersSchema,
  orderAnswersSchema,
  transferAnswersSchema,
} from './order-answers';
import { orderIdInput } from './order-id';
import {
  focSchema,
  orderStatusSchema,
  recheckSchema,
  rejectionSchema,
  submissionSchema,
  timelineEntrySchema,
} from './order-status';

export { type OrderStatus, orderStatusLabels, orderStatusSchema } from './order-status';

/** The signed letter the admin attached: kept by main beside the order. */
export const signedScanSchema = z.object({
  fileName: z.string().max(255),
  kind: z.enum(['pdf', 'png', 'jpg']),
  bytes: z.number().int().nonnegative(),
  attachedAt: z.iso.datetime(),
  /** The copy's name in the order's folder (each attach gets its own, so a replaced scan is kept). */
  storedAs: z.string().regex(/^signed-loa-[0-9]+\.(pdf|png|jpg)$/),
});
export type SignedScan = z.infer<typeof signedScanSchema>;

/** A port order as the renderer sees it: every answer, where the admin was, and never the carrier PIN itself. */
export const orderSchema = z.object({
  /** Canonical lower case: an upper-case copy of an id must never name a second order. */
  id: z.uuid().lowercase(),
  organizationId: z.string().optional(),
  status: orderStatusSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  lastStep: stepIdSchema,
  /** Each step at most once. */
  visited: z.array(stepIdSchema).max(stepIds.length),
  answers: orderAnswersSchema,
  /** When the typed signature last became valid (the LOA's signing date). */
  signedAt: z.iso.datetime().optional(),
  readyAt: z.iso.datetime().optional(),
  carrierPinSet: z.boolean(),
  /** The number list in figures; orders written before numbers had their own file start empty. */
  numbers: numbersSummarySchema.default(emptyNumbersSummary),
  /** Every status change with its time; orders written before statuses had a history start empty. */
  timeline: z.array(timelineEntrySchema).max(5000).default([]),
  submission: submissionSchema.optional(),
  foc: focSchema.optional(),
  rejection: rejectionSchema.optional(),
  recheck: recheckSchema.optional(),
  signedScan: signedScanSchema.optional(),
});
export type Order = z.infer<typeof orderSchema>;

/** One row of the Port orders list. */
export const orderSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: orderStatusSchema,
  country: z.string(),
  numberType: z.string(),
  carrierName: z.string(),
  companyName: z.string(),
  microsoftOrderId: z.string(),
  /** The FOC once the carrier set it, else the desired date ('' when neither). */
  transferDate: z.string(),
  transferDateKind: z.enum(['foc', 'desired', 'none']),
  stepsComplete: z.number().int(),
  stepsTotal: z.number().int(),
  numberCount: z.number().int(),
  lastStep: stepIdSchema,
  updatedAt: z.iso.datetime(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;
export const orderListSchema = z.object({ orders: z.array(orderSummarySchema) });
export type OrderList = z.infer<typeof orderListSchema>;

const orderId = orderIdInput;
export const orderIdSchema = z.object({ id: orderId }).strict();

const saveStep = <S extends string, V extends z.ZodType>(step: S, values: V) =>
  z.object({ id: orderId, step: z.literal(step), values }).strict();

/** An autosave: one step's answers, as typed so far. */
export const saveOrderStepInputSchema = z.discriminatedUnion(
  'step',
  [
    saveStep('getStarted', getStartedAnswersSchema),
    saveStep('location', locationAnswersSchema),
    saveStep('account', accountAnswersSchema),
    saveStep('numbers', numbersAnswersSchema),
    saveStep('transfer', transferAnswersSchema),
    saveStep('loa', loaAnswersSchema),
  ],
  { error: 'Step: not a step of the port order wizard that holds answers.' },
);
export type SaveOrderStepInput = z.infer<typeof saveOrderStepInputSchema>;

export const visitOrderStepInputSchema = z
  .object({
    id: orderId,
    step: z.enum(stepIds, { error: 'Step: not a step of the port order wizard.' }),
  })
  .strict();

/** The carrier's PIN to release the numbers: a secret, sealed by main and never sent back. */
export const carrierPinSchema = z
  .string()
  .trim()
  .min(1, 'Carrier PIN: enter the PIN your current carrier gave you.')
  .max(20, 'Carrier PIN: use at most 20 characters.')
  .regex(/^[A-Za-z0-9]*$/, 'Carrier PIN: use only letters and digits, as the carrier gave it.');
export const setCarrierPinInputSchema = z.object({ id: orderId, pin: carrierPinSchema }).strict();
