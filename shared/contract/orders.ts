import {
  orderIdSchema,
  orderListSchema,
  orderSchema,
  sameAccountOrdersSchema,
  saveOrderStepInputSchema,
  setCarrierPinInputSchema,
  visitOrderStepInputSchema,
} from '../schemas/order';
import { type ChannelGroup, noInput } from './channel';

/** Port orders: the list, and a draft's answers step by step. */
export const orderChannels = {
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
  sameAccountOrders: { input: orderIdSchema, output: sameAccountOrdersSchema },
} as const satisfies ChannelGroup;
