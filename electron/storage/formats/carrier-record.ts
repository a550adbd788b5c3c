import { z } from 'zod';

import { defineFormat } from '../stored-format';

/*
 * The carrier's record kept with an order (`orders/order-<id>.carrier-record.json`), at
 * format version 1. FROZEN: a change to what the file holds is a v2 beside it, with an
 * upgrade (see `electron/storage/README.md`).
 */
const recordFieldId = z.enum([
  'accountNumber',
  'btn',
  'companyName',
  'authorizedName',
  'serviceAddress',
  'recordDate',
]);

export const carrierRecordV1 = z
  .object({
    source: z
      .object({
        kind: z.enum(['pdf', 'pasted']),
        fileName: z.string().max(255).optional(),
        storedAs: z.string().max(100).optional(),
        attachedAt: z.iso.datetime(),
      })
      .strict(),
    text: z.string().max(2_000_000),
    picks: z.partialRecord(recordFieldId, z.number().int().min(0).max(10_000)),
    confirmations: z.record(
      z.string().max(200),
      z
        .object({
          reason: z.string().min(1).max(500),
          at: z.iso.datetime(),
          message: z.string().max(5_000),
        })
        .strict(),
    ),
  })
  .strict();

export const carrierRecordFormat = defineFormat("The carrier's record", [carrierRecordV1], []);
