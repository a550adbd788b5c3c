import { z } from 'zod';

import { type Country, countrySchema } from './country';

const text = (label: string, max: number) =>
  z.string().trim().max(max, `${label}: use at most ${max} characters.`);

const postalCodePatterns: Record<Country, { pattern: RegExp; message: string }> = {
  US: { pattern: /^\d{5}(-?\d{4})?$/, message: 'ZIP code: use 5 digits, or 9 as 12345-6789.' },
  CA: {
    pattern: /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/,
    message: 'Postal code: use the form A1A 1A1.',
  },
};

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
  .superRefine((org, ctx) => {
    const rule = postalCodePatterns[org.country];
    if (org.postalCode !== '' && !rule.pattern.test(org.postalCode)) {
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: rule.message });
    }
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
