import { z } from 'zod';

import { defineFormat } from '../stored-format';

/*
 * The small data files, each at format version 1 (PortDesk 0.1). FROZEN: these schemas
 * describe files already on admins' disks. To change what one of these files holds, add
 * `v2` beside its `v1` with an upgrade, bump nothing else by hand, and add a fixture
 * folder (see `test/fixtures/stored/README.md`).
 */

const settingsV1 = z.object({ theme: z.enum(['system', 'light', 'dark']) });
export const settingsFormat = defineFormat('Settings', [settingsV1], []);

const windowStateV1 = z.object({
  bounds: z
    .object({
      x: z.number().int(),
      y: z.number().int(),
      width: z.number().int(),
      height: z.number().int(),
    })
    .optional(),
  maximized: z.boolean(),
});
export const windowStateFormat = defineFormat('Window size and position', [windowStateV1], []);

const organizationsV1 = z.object({
  organizations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      country: z.enum(['US', 'CA']),
      street: z.string(),
      city: z.string(),
      region: z.string(),
      postalCode: z.string(),
      contactName: z.string(),
      contactEmail: z.string(),
      contactPhone: z.string(),
    }),
  ),
  activeId: z.string().optional(),
});
export const organizationsFormat = defineFormat('Organizations', [organizationsV1], []);

const pinsV1 = z.object({
  byOrganization: z.record(
    z.string(),
    z.object({
      sealed: z.string(),
      history: z.array(z.object({ at: z.iso.datetime(), kind: z.enum(['set', 'changed']) })),
    }),
  ),
});
export const pinsFormat = defineFormat('Port-out PIN records', [pinsV1], []);

/** An order's number list, one number or range a line, as the admin typed or imported it. */
const numbersListV1 = z.object({ source: z.string().max(8_000_000) });
export const numbersListFormat = defineFormat('Numbers', [numbersListV1], []);
