import { z } from 'zod';

import type { ChannelName } from './channels';
import type { IpcResult } from './ipc-error';
import { appInfoSchema } from './schemas/app-info';
import {
  attachScanResultSchema,
  exportOrderFileResultSchema,
  exportPackageInputSchema,
  exportPackageResultSchema,
  importOrderFileResultSchema,
  openedFileSchema,
  openLoaInputSchema,
} from './schemas/documents';
import {
  exportNumbersInputSchema,
  exportNumbersResultSchema,
  openNumbersFileResultSchema,
  orderNumbersSchema,
  saveOrderNumbersInputSchema,
} from './schemas/numbers';
import {
  orderIdSchema,
  orderListSchema,
  orderSchema,
  saveOrderStepInputSchema,
  setCarrierPinInputSchema,
  visitOrderStepInputSchema,
} from './schemas/order';
import { markCheckedInputSchema, recordStatusInputSchema } from './schemas/order-status';
import {
  organizationIdSchema,
  organizationInputSchema,
  organizationListSchema,
} from './schemas/organization';
import { copyPinResultSchema, pinStatusSchema, setPinInputSchema } from './schemas/pin';
import { settingsPatchSchema, settingsSchema } from './schemas/settings';
import { noticeIdSchema, startupNoticeSchema } from './schemas/startup-notice';

/** A channel: what the renderer may send, and what main promises to answer. */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

const noInput = z.undefined({ error: 'This request takes no input.' });

/**
 * THE contract between renderer and main. Main parses every input and output with
 * these schemas; the preload and the renderer's API are derived from the same names.
 * Adding a channel: add its name to `channels.ts`, its schemas here, its handler in
 * `electron/services/handlers.ts`; the compiler points at anything missing.
 */
export const contract = {
  getAppInfo: { input: noInput, output: appInfoSchema },
  getSettings: { input: noInput, output: settingsSchema },
  updateSettings: { input: settingsPatchSchema, output: settingsSchema },
  getStartupNotices: { input: noInput, output: z.array(startupNoticeSchema) },
  dismissStartupNotice: { input: noticeIdSchema, output: z.array(startupNoticeSchema) },
  revealStartupNoticeBackup: { input: noticeIdSchema, output: z.boolean() },
  listOrganizations: { input: noInput, output: organizationListSchema },
  saveOrganization: { input: organizationInputSchema, output: organizationListSchema },
  activateOrganization: { input: organizationIdSchema, output: organizationListSchema },
  getPinStatus: { input: noInput, output: pinStatusSchema },
  setPin: { input: setPinInputSchema, output: pinStatusSchema },
  copyPinToClipboard: { input: noInput, output: copyPinResultSchema },
  listOrders: { input: noInput, output: orderListSchema },
  createOrder: { input: noInput, output: orderSchema },
  getOrder: { input: orderIdSchema, output: orderSchema },
  saveOrderStep: { input: saveOrderStepInputSchema, output: orderSchema },
  visitOrderStep: { input: visitOrderStepInputSchema, output: orderSchema },
  setCarrierPin: { input: setCarrierPinInputSchema, output: orderSchema },
  finishOrder: { input: orderIdSchema, output: orderSchema },
  duplicateOrder: { input: orderIdSchema, output: orderSchema },
  deleteOrder: { input: orderIdSchema, output: orderListSchema },
  restoreOrder: { input: orderIdSchema, output: orderListSchema },
  getOrderNumbers: { input: orderIdSchema, output: orderNumbersSchema },
  saveOrderNumbers: { input: saveOrderNumbersInputSchema, output: orderSchema },
  exportOrderNumbers: { input: exportNumbersInputSchema, output: exportNumbersResultSchema },
  openNumbersFile: { input: noInput, output: openNumbersFileResultSchema },
  splitOrderNumbers: { input: orderIdSchema, output: z.object({ created: z.array(z.uuid()) }) },
  recordOrderStatus: { input: recordStatusInputSchema, output: orderSchema },
  recreateOrder: { input: orderIdSchema, output: orderSchema },
  markOrderStepChecked: { input: markCheckedInputSchema, output: orderSchema },
  openLoa: { input: openLoaInputSchema, output: openedFileSchema },
  attachSignedScan: { input: orderIdSchema, output: attachScanResultSchema },
  openSignedScan: { input: orderIdSchema, output: openedFileSchema },
  exportSubmissionPackage: { input: exportPackageInputSchema, output: exportPackageResultSchema },
  exportOrderFile: { input: orderIdSchema, output: exportOrderFileResultSchema },
  importOrderFile: { input: noInput, output: importOrderFileResultSchema },
} as const satisfies { [C in ChannelName]: ChannelSpec };

export type Contract = typeof contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

/** The functions the preload exposes as `window.portdesk`, one per channel. */
export type Bridge = {
  [C in ChannelName]: ChannelInput<C> extends undefined
    ? () => Promise<IpcResult<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};
