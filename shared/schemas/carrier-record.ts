import { z } from 'zod';

import {
  type CarrierRecord,
  featureIds,
  type Finding,
  recordFieldIds,
} from '../carrier-record/types';
import { orderDocumentSchema, orderSchema } from './order';
import { orderIdInput } from './order-id';

/** A record pasted or read from a PDF longer than this is not one account's record. */
export const maxRecordTextLength = 2_000_000;
export const maxReasonLength = 500;
/** A confirmation keeps at most this much of its finding's words (a record's long line can make them longer). */
export const maxConfirmedMessageLength = 5_000;

export const recordFieldIdSchema = z.enum(recordFieldIds);

/**
 * What PortDesk keeps of the carrier's record beside an order
 * (`order-<id>.carrier-record.json`): the text as it was read, where it came from, which
 * candidate the admin picked for a field, and the mismatches the admin confirmed with a
 * reason. What is read from the text is worked out again from it, so a better reader in a
 * later PortDesk reads old records better, and the file never needs to change for it.
 */
export const carrierRecordFileSchema = z
  .object({
    source: z
      .object({
        kind: z.enum(['pdf', 'pasted']),
        /** The PDF's name as the admin had it. */
        fileName: z.string().max(255).optional(),
        /** The PDF's copy in the order's files folder. */
        storedAs: z.string().max(100).optional(),
        attachedAt: z.iso.datetime(),
      })
      .strict(),
    text: z.string().max(maxRecordTextLength),
    /** The candidate used for a field, when the admin chose another than the first. */
    picks: z.partialRecord(recordFieldIdSchema, z.number().int().min(0).max(10_000)),
    /**
     * Mismatches the admin confirmed, by finding id, with the finding's words as they were
     * then: a confirmation holds only while the finding still says the same (an answer or a
     * record changed since asks again).
     */
    confirmations: z.record(
      z.string().max(200),
      z
        .object({
          reason: z.string().min(1).max(maxReasonLength),
          at: z.iso.datetime(),
          message: z.string().max(maxConfirmedMessageLength),
        })
        .strict(),
    ),
  })
  .strict();
export type CarrierRecordFile = z.infer<typeof carrierRecordFileSchema>;

const candidate = z.object({ value: z.string(), line: z.number().int(), label: z.string() });
const recordSchema = z.object({
  fields: z.record(
    recordFieldIdSchema,
    candidate.extend({ candidates: z.array(candidate) }).optional(),
  ),
  numbers: z.array(
    z.object({
      e164: z.string(),
      line: z.number().int(),
      input: z.string(),
      features: z.array(
        z.object({ feature: z.enum(featureIds), text: z.string(), line: z.number().int() }),
      ),
      onlyAsBtn: z.literal(true).optional(),
    }),
  ),
  setAside: z.array(z.object({ e164: z.string(), line: z.number().int(), why: z.string() })),
  problems: z.array(z.object({ line: z.number().int(), message: z.string() })),
  date: z.string().optional(),
  language: z.enum(['en', 'fr']),
}) satisfies z.ZodType<CarrierRecord>;

const findingSchema = z.object({
  id: z.string(),
  kind: z.string(),
  field: z.string(),
  severity: z.enum(['match', 'writtenDifferently', 'mismatch', 'missing', 'warning']),
  record: z.object({ value: z.string(), line: z.number().int() }).optional(),
  order: z.string().optional(),
  suggestion: z.string().optional(),
  numbers: z.array(z.string()).optional(),
  message: z.string(),
}) satisfies z.ZodType<Omit<Finding, 'field'> & { field: string }>;

/** The record as the panel shows it: what was read, and each finding with its confirmation. */
export const carrierRecordViewSchema = z.discriminatedUnion('attached', [
  z.object({
    attached: z.literal(false),
    /** A record kept for this order could not be read, and was moved here. */
    unreadable: z.string().optional(),
  }),
  z.object({
    attached: z.literal(true),
    source: carrierRecordFileSchema.shape.source,
    picks: carrierRecordFileSchema.shape.picks,
    record: recordSchema,
    findings: z.array(
      findingSchema.extend({
        confirmed: z.object({ reason: z.string(), at: z.string() }).optional(),
      }),
    ),
    /** Mismatches neither fixed nor confirmed: Finish waits for them. */
    open: z.number().int(),
  }),
]);
export type CarrierRecordView = z.infer<typeof carrierRecordViewSchema>;
export type AttachedCarrierRecord = Extract<CarrierRecordView, { attached: true }>;

const cancelled = z.object({ cancelled: z.literal(true) });
export const attachCarrierRecordResultSchema = z.discriminatedUnion('cancelled', [
  cancelled,
  z.object({ cancelled: z.literal(false), view: carrierRecordViewSchema }),
]);

export const pasteCarrierRecordInputSchema = z
  .object({
    id: orderIdInput,
    text: z
      .string()
      .max(maxRecordTextLength, {
        error:
          'Carrier record: the text pasted is over 2 million characters, too long for one account’s record.',
      })
      .refine((t) => t.trim() !== '', { error: 'Carrier record: paste the record’s text first.' }),
  })
  .strict();

/** Compare a PDF the admin already attached on the Documents step (named as main stored it). */
export const compareOrderDocumentInputSchema = z
  .object({
    id: orderIdInput,
    storedAs: orderDocumentSchema.shape.storedAs,
  })
  .strict();

export const pickCarrierRecordValueInputSchema = z
  .object({
    id: orderIdInput,
    field: recordFieldIdSchema,
    index: z.number().int().min(0).max(10_000),
  })
  .strict();

export const confirmCarrierFindingInputSchema = z
  .object({
    id: orderIdInput,
    findingId: z.string().min(1).max(200),
    /** Empty takes the confirmation back. */
    reason: z.string().max(maxReasonLength, {
      error: `Reason: at most ${maxReasonLength} characters.`,
    }),
  })
  .strict();

export const useCarrierWordingInputSchema = z
  .object({ id: orderIdInput, findingId: z.string().min(1).max(200) })
  .strict();
export const useCarrierWordingResultSchema = z.object({
  order: orderSchema,
  /** The answer changed (its step and field), and what it held before (for Undo). */
  step: z.enum(['account', 'btn']),
  field: z.string(),
  previous: z.string(),
});
