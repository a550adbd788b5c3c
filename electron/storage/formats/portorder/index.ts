import { z } from 'zod';

import { defineFormat } from '../../stored-format';
import { portOrderV1 } from './v1';
import { portOrderV2, upgradePortOrderV1 } from './v2';
import { portOrderV3, upgradePortOrderV2 } from './v3';
import { portOrderV4, upgradePortOrderV3 } from './v4';

export const portOrderFormatName = 'portdesk.portorder';

/** A `.portorder` file: `{ format, schemaVersion, ...content }`, the content versioned here. */
export const portOrderFormat = defineFormat(
  'PortDesk order',
  [portOrderV1, portOrderV2, portOrderV3, portOrderV4],
  [upgradePortOrderV1, upgradePortOrderV2, upgradePortOrderV3],
);

/** The first look at a file: is it one of ours, and which version, before the details are judged. */
export const portOrderHeaderSchema = z.object({
  format: z.literal(portOrderFormatName),
  schemaVersion: z.number().int().positive(),
});
