import { orderIdSchema, orderSchema } from '../schemas/order';
import { markCheckedInputSchema, recordStatusInputSchema } from '../schemas/order-status';
import type { ChannelGroup } from './channel';

/** After the wizard: statuses recorded, a rejected order recreated, a step checked again. */
export const orderStatusChannels = {
  recordOrderStatus: { input: recordStatusInputSchema, output: orderSchema },
  recreateOrder: { input: orderIdSchema, output: orderSchema },
  markOrderStepChecked: { input: markCheckedInputSchema, output: orderSchema },
} as const satisfies ChannelGroup;
