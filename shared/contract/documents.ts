import {
  attachDocumentInputSchema,
  attachDocumentResultSchema,
  attachScanResultSchema,
  exportPackageInputSchema,
  exportPackageResultSchema,
  openedFileSchema,
  openLoaInputSchema,
  orderDocumentInputSchema,
} from '../schemas/documents';
import { orderIdSchema, orderSchema } from '../schemas/order';
import type { ChannelGroup } from './channel';

/** An order's papers: the letter, its signed scan, the submission package. */
export const documentChannels = {
  openLoa: { input: openLoaInputSchema, output: openedFileSchema },
  attachSignedScan: { input: orderIdSchema, output: attachScanResultSchema },
  openSignedScan: { input: orderIdSchema, output: openedFileSchema },
  exportSubmissionPackage: { input: exportPackageInputSchema, output: exportPackageResultSchema },
  attachOrderDocument: { input: attachDocumentInputSchema, output: attachDocumentResultSchema },
  removeOrderDocument: { input: orderDocumentInputSchema, output: orderSchema },
  openOrderDocument: { input: orderDocumentInputSchema, output: openedFileSchema },
} as const satisfies ChannelGroup;
