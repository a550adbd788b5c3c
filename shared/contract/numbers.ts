import { z } from 'zod';

import {
  exportNumbersInputSchema,
  exportNumbersResultSchema,
  openNumbersFileResultSchema,
  orderNumbersSchema,
  saveOrderNumbersInputSchema,
} from '../schemas/numbers';
import { orderIdSchema, orderSchema } from '../schemas/order';
import { type ChannelGroup, noInput } from './channel';

/** An order's number list: kept and checked by main, read from a file, exported, split. */
export const numbersChannels = {
  getOrderNumbers: { input: orderIdSchema, output: orderNumbersSchema },
  saveOrderNumbers: { input: saveOrderNumbersInputSchema, output: orderSchema },
  exportOrderNumbers: { input: exportNumbersInputSchema, output: exportNumbersResultSchema },
  openNumbersFile: { input: noInput, output: openNumbersFileResultSchema },
  splitOrderNumbers: { input: orderIdSchema, output: z.object({ created: z.array(z.uuid()) }) },
} as const satisfies ChannelGroup;
