import {
  attachCarrierRecordResultSchema,
  carrierRecordViewSchema,
  compareOrderDocumentInputSchema,
  confirmCarrierFindingInputSchema,
  pasteCarrierRecordInputSchema,
  pickCarrierRecordValueInputSchema,
  useCarrierWordingInputSchema,
  useCarrierWordingResultSchema,
} from '../schemas/carrier-record';
import { orderIdSchema } from '../schemas/order';
import type { ChannelGroup } from './channel';

/** The carrier's record (CSR, Equipment Record, bill) kept with an order, and its comparison. */
export const carrierRecordChannels = {
  getCarrierRecord: { input: orderIdSchema, output: carrierRecordViewSchema },
  attachCarrierRecordPdf: { input: orderIdSchema, output: attachCarrierRecordResultSchema },
  compareOrderDocument: { input: compareOrderDocumentInputSchema, output: carrierRecordViewSchema },
  pasteCarrierRecord: { input: pasteCarrierRecordInputSchema, output: carrierRecordViewSchema },
  pickCarrierRecordValue: {
    input: pickCarrierRecordValueInputSchema,
    output: carrierRecordViewSchema,
  },
  confirmCarrierFinding: {
    input: confirmCarrierFindingInputSchema,
    output: carrierRecordViewSchema,
  },
  useCarrierWording: { input: useCarrierWordingInputSchema, output: useCarrierWordingResultSchema },
} as const satisfies ChannelGroup;
