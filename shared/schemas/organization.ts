import { z } from 'zod';

import { tidyPostalCode } from '../order/postal-code';
import { phoneProblem } from '../order/rules/phone-rule';
import { postalCodeProblem } from '../order/rules/postal-code-rule';
import { regionProblem } from '../order/rules/region-rule';
import { countrySchema } from './country';

const text = (label: string, max: number) =>
  z.string().trim().max(max, `${label}: use at most ${max} characters.`);

/** An organization the admin ports numbers for; its details prefill new port orders. */
export const organizationInputSchema = z
  .object({
    id: z.string().max(100).optional(),
    name: text('Organization name', 100).min(1, 'Organization name: enter the name.'),
    country: countrySchema,
    street: text('Street', 200),
    city: text('City', 100),
    region: text('State or province', 100),
    postalCode: text('ZIP or postal code', 10),
    contactName: text('Main contact', 100),
    contactEmail: z.union([
      z.literal(''),
      // 254 characters, as an order's e-mail fields, since new orders copy it.
      z
        .email('Contact e-mail: enter an address such as name@example.com.')
        .max(254, 'Contact e-mail: use at most 254 characters.'),
    ]),
    contactPhone: text('Contact phone', 30),
  })
  .strict()
  // A plain Canadian code gets its capitals and space, as the wizard's field does on leaving it.
  .transform((org) => ({ ...org, postalCode: tidyPostalCode(org.country, org.postalCode) }))
  .superRefine((org, ctx) => {
    // The wizard's own rules for the address and phone (shared/order/rules/), since new
    // orders copy these details: what Settings accepts, the wizard accepts. Blank is allowed.
    const problems = {
      region: org.region === '' ? undefined : regionProblem(org.country, org.region),
      postalCode:
        org.postalCode === '' ? undefined : postalCodeProblem(org.country, org.postalCode),
      contactPhone:
        org.contactPhone === ''
          ? undefined
          : phoneProblem('Contact phone', org.country, org.contactPhone),
    };
    for (const [field, message] of Object.entries(problems))
      if (message) ctx.addIssue({ code: 'custom', path: [field], message });
  });
export type OrganizationInput = z.input<typeof organizationInputSchema>;

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: countrySchema,
  street: z.string(),
  city: z.string(),
  region: z.string(),
  postalCode: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationListSchema = z.object({
  organizations: z.array(organizationSchema),
  activeId: z.string().optional(),
});
export type OrganizationList = z.infer<typeof organizationListSchema>;

export const organizationIdSchema = z
  .object({ id: z.string().min(1, 'Organization: choose one.').max(100) })
  .strict();
