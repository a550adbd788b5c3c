import { z } from 'zod';

import { carrierRecordV1 } from '../carrier-record';
import { portOrderV3 } from './v3';

/*
 * A `.portorder` file at format version 4 (issue 16). FROZEN once released. As version 3,
 * with the carrier's record kept with the order (its text, the admin's picks and
 * confirmations, and its PDF's bytes when it came as a PDF).
 */
const maxRecordPdfBytes = 25 * 1024 * 1024;

export const portOrderV4 = portOrderV3.extend({
  carrierRecord: z
    .object({
      file: carrierRecordV1,
      pdf: z
        .base64()
        .max(Math.ceil(maxRecordPdfBytes / 3) * 4 + 4)
        .optional(),
    })
    .optional(),
});

/** v3 → v4: a file from before carries no carrier record. */
export function upgradePortOrderV3(data: unknown): unknown {
  return data;
}
