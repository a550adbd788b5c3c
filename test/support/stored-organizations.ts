import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Organization } from '@shared/schemas/organization';

/**
 * Writes `organizations.json` as an earlier PortDesk left it (format version 1, whose
 * form took any text for the state, postal code and phone), so a test opens what admins
 * already have on disk rather than what today's form would let them save.
 */
export function writeStoredOrganizations(dataDir: string, organizations: Organization[]): void {
  writeFileSync(
    join(dataDir, 'organizations.json'),
    JSON.stringify({ schemaVersion: 1, data: { organizations, activeId: organizations[0]?.id } }),
  );
}

/** Contoso as Settings let an admin save it before its fields followed the wizard's rules. */
export const contosoSavedBefore: Organization = {
  id: 'org-contoso',
  name: 'Contoso Pharmaceuticals, Inc.',
  country: 'US',
  street: '1 Microsoft Way',
  city: 'Redmond',
  region: 'Washington',
  postalCode: '98052-6399',
  contactName: 'Dana Whitfield',
  contactEmail: 'dana@contoso.com',
  contactPhone: '(425) 882-8080 x214',
};
