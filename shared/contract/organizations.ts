import {
  organizationIdSchema,
  organizationInputSchema,
  organizationListSchema,
} from '../schemas/organization';
import { type ChannelGroup, noInput } from './channel';

/** The organizations the admin ports numbers for, and which one is active. */
export const organizationChannels = {
  listOrganizations: { input: noInput, output: organizationListSchema },
  saveOrganization: { input: organizationInputSchema, output: organizationListSchema },
  activateOrganization: { input: organizationIdSchema, output: organizationListSchema },
} as const satisfies ChannelGroup;
