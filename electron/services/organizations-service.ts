import { randomUUID } from 'node:crypto';

import { type HandlersOf } from '@shared/contract/channel';
import type { organizationChannels } from '@shared/contract/organizations';
import { UserFacingError } from '@shared/ipc-error';
import {
  type Organization,
  type OrganizationList,
  organizationListSchema,
} from '@shared/schemas/organization';

import type { DocumentStore } from '../storage/document-store';

export const organizationsDocSchema = organizationListSchema;
export const defaultOrganizations: OrganizationList = { organizations: [] };
export type OrganizationDraft = Omit<Organization, 'id'> & { id?: string | undefined };

export interface OrganizationsService {
  list(): OrganizationList;
  active(): Organization | undefined;
  /** Adds a new organization (no id) and makes it active, or updates one in place. */
  save(draft: OrganizationDraft): OrganizationList;
  activate(id: string): OrganizationList;
}

/** The organizations the admin manages; one is active, and the PIN and orders belong to it. */
export function createOrganizationsService(
  doc: DocumentStore<OrganizationList>,
): OrganizationsService {
  const find = (id: string) => {
    const org = doc.get().organizations.find((o) => o.id === id);
    if (!org) throw new UserFacingError('not-found', 'That organization no longer exists.', 'id');
    return org;
  };
  return {
    list: () => doc.get(),
    active() {
      const { organizations, activeId } = doc.get();
      return organizations.find((o) => o.id === activeId);
    },
    save(draft) {
      if (draft.id === undefined) {
        const created = { ...draft, id: randomUUID() };
        return doc.update((list) => ({
          organizations: [...list.organizations, created],
          activeId: created.id,
        }));
      }
      const { id } = find(draft.id);
      return doc.update((list) => ({
        ...list,
        organizations: list.organizations.map((o) => (o.id === id ? { ...draft, id } : o)),
      }));
    },
    activate(id) {
      find(id);
      return doc.update((list) => ({ ...list, activeId: id }));
    },
  };
}

/** The organization channels, answered by this service. */
export function organizationHandlers(
  organizations: OrganizationsService,
): HandlersOf<typeof organizationChannels> {
  return {
    listOrganizations: () => organizations.list(),
    saveOrganization: (draft) => organizations.save(draft),
    activateOrganization: ({ id }) => organizations.activate(id),
  };
}
