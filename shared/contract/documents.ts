import {
  attachScanResultSchema,
  exportPackageInputSchema,
  exportPackageResultSchema,
  openedFileSchema,
  openLoaInputSchema,
} from '../schemas/documents';
import { orderIdSchema } from '../schemas/order';
import type { ChannelGroup } from './channel';

/** An order's papers: the letter, its signed scan, the submission package. */
export const documentChannels = {
  openLoa: { input: openLoaInputSchema, output: openedFileSchema },
  attachSignedScan: { input: orderIdSchema, output: attachScanResultSchema },
  openSignedScan: { input: orderIdSchema, output: openedFileSchema },
  exportSubmissionPackage: { input: exportPackageInputSchema, output: exportPackageResultSchema },
} as const satisfies ChannelGroup;
