import { z } from 'zod';

import { orderIdInput } from './order-id';

/** What an order's number list amounts to; main works it out whenever the list or the BTN changes. */
export const numbersSummarySchema = z.object({
  total: z.number().int(),
  usable: z.number().int(),
  errors: z.number().int(),
  duplicates: z.number().int(),
  warnings: z.number().int(),
  groups: z.array(
    z.object({
      country: z.enum(['US', 'CA']),
      kind: z.enum(['geographic', 'tollFree']),
      count: z.number().int(),
    }),
  ),
  btnListed: z.boolean(),
  /** Whether a partial port's replacement BTN is in the list (it must stay behind). */
  replacementBtnListed: z.boolean().default(false),
});
export type NumbersSummary = z.infer<typeof numbersSummarySchema>;
export const emptyNumbersSummary: NumbersSummary = {
  total: 0,
  usable: 0,
  errors: 0,
  duplicates: 0,
  warnings: 0,
  groups: [],
  btnListed: false,
  replacementBtnListed: false,
};

/** The list as the admin keeps it: one number (or range) a line. 100,000 numbers fit well within the limit. */
export const numbersSourceSchema = z
  .string()
  .max(8_000_000, 'Numbers: the list is too long; an order holds at most 100,000 numbers.');

export const orderNumbersSchema = z.object({
  source: numbersSourceSchema,
  /** Numbers in the admin's other orders, with the order's name, to flag a number put in two orders. */
  elsewhere: z.array(z.tuple([z.string(), z.string()])),
});
export type OrderNumbers = z.infer<typeof orderNumbersSchema>;

export const saveOrderNumbersInputSchema = z
  .object({ id: orderIdInput, source: numbersSourceSchema })
  .strict();

export const exportNumbersInputSchema = z
  .object({ id: orderIdInput, withHeader: z.boolean() })
  .strict();
export const exportNumbersResultSchema = z
  .object({ folder: z.string(), files: z.array(z.string()), numbers: z.number().int() })
  .or(z.object({ cancelled: z.literal(true) }));
export type ExportNumbersResult = z.infer<typeof exportNumbersResultSchema>;

export const openNumbersFileResultSchema = z
  .object({ fileName: z.string(), text: z.string() })
  .or(z.object({ cancelled: z.literal(true) }));
export type OpenNumbersFileResult = z.infer<typeof openNumbersFileResultSchema>;
