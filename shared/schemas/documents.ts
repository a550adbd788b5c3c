import { z } from 'zod';

import type { Country } from './country';
import { documentKinds, orderSchema } from './order';
import { orderIdInput } from './order-id';

const orderId = orderIdInput;
const cancelled = z.object({ cancelled: z.literal(true) });

export const loaVersionSchema = z.enum(['us-en', 'ca-en', 'ca-fr'], {
  error: 'Letter: not a version PortDesk makes.',
});
export type LoaVersion = z.infer<typeof loaVersionSchema>;

/** The letter versions a country's carriers take: Canada has its own, in English and in French. */
export function loaVersionsFor(country: Country | ''): LoaVersion[] {
  if (country === 'US') return ['us-en'];
  if (country === 'CA') return ['ca-en', 'ca-fr'];
  return [];
}

export const loaVersionLabels: Record<LoaVersion, string> = {
  'us-en': 'Letter of authorization',
  'ca-en': 'Letter of authorization (English)',
  'ca-fr': 'Lettre d’autorisation (français)',
};
export const openLoaInputSchema = z.object({ id: orderId, version: loaVersionSchema }).strict();
export const openedFileSchema = z.object({ file: z.string() });

export const attachScanResultSchema = z.discriminatedUnion('cancelled', [
  cancelled,
  z.object({ cancelled: z.literal(false), order: orderSchema }),
]);

/** Attach a document on the Documents step: which kind it is (the file comes from main's dialog). */
export const attachDocumentInputSchema = z
  .object({
    id: orderId,
    kind: z.enum(documentKinds, { error: 'Document: choose a bill or the carrier record.' }),
  })
  .strict();
/** One of the order's documents, by the name main stored it under. */
export const orderDocumentInputSchema = z
  .object({
    id: orderId,
    storedAs: z
      .string()
      .regex(/^document-[0-9]+\.pdf$/, 'Document: not one of this order’s documents.'),
  })
  .strict();
export const attachDocumentResultSchema = attachScanResultSchema;

export const exportPackageInputSchema = z.object({ id: orderId, withHeader: z.boolean() }).strict();
export const exportPackageResultSchema = z.discriminatedUnion('cancelled', [
  cancelled,
  z.object({ cancelled: z.literal(false), folder: z.string(), files: z.array(z.string()) }),
]);

export const exportOrderFileResultSchema = z.discriminatedUnion('cancelled', [
  cancelled,
  z.object({ cancelled: z.literal(false), file: z.string() }),
]);
/** Importing again an order already here: update it (when the file is newer and it is still a draft or ready), or a copy. */
export const importOrderFileInputSchema = z
  .object({
    whenAlreadyHere: z.enum(['update', 'copy'], {
      error: 'Import: choose to update the order or to import a copy.',
    }),
  })
  .strict()
  .optional();

/** The sender's organization, as the file carries it: offered to the receiving admin. */
export const senderOrganizationSchema = z.object({
  name: z.string(),
  country: z.enum(['US', 'CA']),
  street: z.string(),
  city: z.string(),
  region: z.string(),
  postalCode: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
});

export const importOrderFileResultSchema = z.union([
  // Nothing imported: the admin cancelled the dialog, or must first choose (the order is
  // here already, older, and still a draft or ready: update it, or import a copy).
  cancelled.extend({
    alreadyHere: z.object({ id: z.uuid(), name: z.string(), fileName: z.string() }).optional(),
  }),
  z.object({
    cancelled: z.literal(false),
    order: orderSchema,
    asCopy: z.boolean(),
    /** What happened, in words, when it is not simply "imported" (a copy and why, an update). */
    explanation: z.string().optional(),
    /** The sender's organization when this computer has none of that name. */
    organization: senderOrganizationSchema.optional(),
  }),
]);
export type ImportOrderFileResult = z.infer<typeof importOrderFileResultSchema>;
