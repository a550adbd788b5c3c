import { z } from 'zod';

/**
 * The port-out PIN, with the admin center's rules: 6 to 10 digits, digits only, never
 * blank. Every broken rule is reported, each with its own message.
 */
export const pinSchema = z.string().superRefine((pin, ctx) => {
  const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
  if (pin === '') {
    fail('PIN: enter 6 to 10 digits. A PIN cannot be removed or set back to blank.');
    return;
  }
  if (/\D/.test(pin)) fail('PIN: use digits only, with no letters, spaces or special characters.');
  if (pin.length < 6) fail('PIN: use at least 6 digits.');
  if (pin.length > 10) fail('PIN: use at most 10 digits.');
});

/** Where today's admin center keeps the porting PIN (Microsoft's 2025 pages). */
export const todaysPinPage = 'Voice > Phone numbers > Actions > Manage porting PIN';

/**
 * A PIN PortDesk accepts (6 to 10 digits, the settings page's rule) that today's admin
 * center page may not: it asks for 10 digits. A warning, never a refusal.
 */
export function pinLengthWarning(pin: string): string | undefined {
  if (!/^\d{6,9}$/.test(pin)) return undefined;
  return `PIN: ${pin.length} digits is fine for PortDesk, but today's admin center page (${todaysPinPage}) asks for 10 digits.`;
}

export const setPinInputSchema = z
  .object({ pin: pinSchema, confirm: z.string() })
  .strict()
  .refine((input) => input.pin === input.confirm, {
    path: ['confirm'],
    message: 'Confirm PIN: type the same PIN twice.',
  });
export type SetPinInput = z.infer<typeof setPinInputSchema>;

export const pinHistoryEntrySchema = z.object({
  at: z.iso.datetime(),
  kind: z.enum(['set', 'changed']),
});

/** What the renderer may know of the PIN: whether it is set and when, never the PIN. */
export const pinStatusSchema = z.object({
  organizationName: z.string().optional(),
  /** Why the panel does not apply, when it does not ('no-organization' or 'not-us'). */
  notApplicable: z.enum(['no-organization', 'not-us']).optional(),
  encryptionAvailable: z.boolean(),
  isSet: z.boolean(),
  lastChangedAt: z.iso.datetime().optional(),
  history: z.array(pinHistoryEntrySchema),
});
export type PinStatus = z.infer<typeof pinStatusSchema>;

export const copyPinResultSchema = z.object({ clearsAfterSeconds: z.number() });
