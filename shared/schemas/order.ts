import { z } from 'zod';

import { stepIds } from '../order/steps';
import { emptyNumbersSummary, numbersSummarySchema } from './numbers';
import {
  accountAnswersSchema,
  authorizeAnswersSchema,
  btnAnswersSchema,
  detailsAnswersSchema,
  documentsAnswersSchema,
  getStartedAnswersSchema,
  numbersAnswersSchema,
  orderAnswersSchema,
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

// Here, not in `order/steps`: the steps' names are on the first screen, which loads without zod.
const stepIdSchema = z.enum(stepIds);

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

/** The kinds of document the carrier may ask for: a recent bill, or its record (US CSR, Canadian Equipment Record). */
export const documentKinds = ['bill', 'carrierRecord'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** A PDF the admin attached on the Documents step: kept by main beside the order, checked by its bytes. */
export const orderDocumentSchema = z.object({
  kind: z.enum(documentKinds),
  fileName: z.string().max(255),
  bytes: z.number().int().nonnegative(),
  attachedAt: z.iso.datetime(),
  storedAs: z.string().regex(/^document-[0-9]+\.pdf$/),
});
export type OrderDocument = z.infer<typeof orderDocumentSchema>;
/** The most documents an order keeps. */
export const maxDocuments = 10;

/** After submitting, an edit that changed what the letter says: the letter needs a new signature. */
export const letterChangedSchema = z.object({
  at: z.iso.datetime(),
  fields: z.array(z.string().max(40)).max(40),
});
export type LetterChanged = z.infer<typeof letterChangedSchema>;

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
  /** PDFs attached on the Documents step. */
  documents: z.array(orderDocumentSchema).max(maxDocuments).default([]),
  /** Signed scans detached because the letter changed after submitting: kept on disk, listed here. */
  detachedScans: z.array(signedScanSchema).max(50).default([]),
  letterChanged: letterChangedSchema.optional(),
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

/** Other unfinished orders for the same account number: Microsoft takes one at a time. */
export const sameAccountOrdersSchema = z.object({
  orders: z.array(z.object({ id: z.uuid(), name: z.string(), status: orderStatusSchema })),
});
export type SameAccountOrders = z.infer<typeof sameAccountOrdersSchema>;
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
    saveStep('numbers', numbersAnswersSchema),
    saveStep('btn', btnAnswersSchema),
    saveStep('account', accountAnswersSchema),
    saveStep('documents', documentsAnswersSchema),
    saveStep('details', detailsAnswersSchema),
    saveStep('authorize', authorizeAnswersSchema),
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
