import {
  exportOrderFileResultSchema,
  importOrderFileInputSchema,
  importOrderFileResultSchema,
} from '../schemas/documents';
import { orderIdSchema } from '../schemas/order';
import type { ChannelGroup } from './channel';

/** An order carried to another admin in a `.portorder` file, and back in. */
export const handOffChannels = {
  exportOrderFile: { input: orderIdSchema, output: exportOrderFileResultSchema },
  importOrderFile: { input: importOrderFileInputSchema, output: importOrderFileResultSchema },
} as const satisfies ChannelGroup;
