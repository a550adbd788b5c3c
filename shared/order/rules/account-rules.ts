import { countrySchema } from '@shared/schemas/country';
import { carrierPinSchema } from '@shared/schemas/order';
import { type AccountAnswers, accountAnswersSchema } from '@shared/schemas/order-answers';
import { z } from 'zod';

import { postalCodeLabel, shortFieldLabels as label } from '../field-labels';
import { unprintableCharacter } from '../printable';
import { fail, type RuleContext } from './context';
import { phoneProblem } from './phone-rule';
import { postalCodeProblem } from './postal-code-rule';
import { regionProblem } from './region-rule';

/** What each required answer asks for while blank; its message starts with the field's name. */
const whenBlank = {
  carrierName: 'enter the name of the carrier the numbers are with now.',
  accountNumber: "enter the account number from the current carrier's bill.",
  companyName: "enter it exactly as on the carrier's customer service record.",
  authName: 'enter the name of the person authorized on the carrier account.',
  authTitle: 'enter the authorized user’s job title.',
  authPhone: 'enter a number where the authorized user can be reached.',
  authEmail: 'enter the authorized user’s e-mail address.',
  street: 'enter the service address, where the numbers are in service.',
  city: 'enter the service address city.',
} as const satisfies Partial<Record<keyof AccountAnswers, string>>;

/** The answers printed on the letter of authorization, whose fonts know Latin letters only. */
const printedFields = [
  'carrierName',
  'accountNumber',
  'companyName',
  'authName',
  'authTitle',
  'authPhone',
  'authEmail',
  'street',
  'city',
  'postalCode',
] as const;

/** Account information; the PIN field is only in the form (it goes to main's sealed store, not the draft). */
export const accountRules = (rc: RuleContext) =>
  accountAnswersSchema.extend({ carrierPin: z.string().optional() }).superRefine((a, ctx) => {
    for (const [field, what] of Object.entries(whenBlank) as [keyof typeof whenBlank, string][])
      if (a[field].trim() === '') fail(ctx, field, `${label[field]}: ${what}`);
    checkAccountNumber(a.accountNumber, (m) => fail(ctx, 'accountNumber', m));
    const typedPin = (a.carrierPin ?? '').trim();
    const pinProblem =
      typedPin === '' ? undefined : carrierPinSchema.safeParse(typedPin).error?.issues[0]?.message;
    if (pinProblem) fail(ctx, 'carrierPin', pinProblem);
    const needsPin = a.carrierNeedsPin || rc.answers.numbers.includesMobile;
    if (needsPin && !rc.carrierPinSet && (a.carrierPin ?? '').trim() === '') {
      fail(
        ctx,
        'carrierPin',
        `${label.carrierPin}: this carrier needs a PIN to release the numbers (mobile numbers always do); enter it.`,
      );
    }
    if (a.authEmail.trim() !== '' && !z.email().safeParse(a.authEmail.trim()).success) {
      fail(ctx, 'authEmail', `${label.authEmail}: enter an address such as dana@contoso.com.`);
    }
    const phoneCountry = countrySchema.safeParse(rc.answers.getStarted.country).data ?? 'US';
    const phone =
      a.authPhone.trim() === ''
        ? undefined
        : phoneProblem(label.authPhone, phoneCountry, a.authPhone);
    if (phone) fail(ctx, 'authPhone', phone);
    checkAddress(a, rc, (field, m) => fail(ctx, field, m));
    // Caught here, not at the PDF: the admin fixes it at the field.
    for (const field of printedFields) {
      const ch = unprintableCharacter(a[field]);
      const name =
        field === 'postalCode' ? postalCodeLabel(rc.answers.getStarted.country) : label[field];
      if (ch !== undefined)
        fail(
          ctx,
          field,
          `${name}: the character “${ch}” cannot be printed on the letter of authorization; type it as on the carrier’s record, without it.`,
        );
    }
  });

function checkAccountNumber(value: string, report: (message: string) => void): void {
  if (value.trim() === '') return;
  if (/[\s\-‐-―]/.test(value)) report(`${label.accountNumber}: remove the spaces and dashes.`);
  else if (!/^[A-Za-z0-9]+$/.test(value))
    report(`${label.accountNumber}: use only the letters and digits on the carrier's bill.`);
}

function checkAddress(
  a: AccountAnswers,
  rc: RuleContext,
  report: (field: string, message: string) => void,
): void {
  const country = countrySchema.safeParse(rc.answers.getStarted.country);
  if (!country.success) {
    report('region', 'State or province: first choose the country on the Get started step.');
    return;
  }
  const region = regionProblem(country.data, a.region);
  if (region) report('region', region);
  const postal = postalCodeProblem(country.data, a.postalCode);
  if (a.postalCode.trim() === '')
    report(
      'postalCode',
      country.data === 'US'
        ? 'ZIP code: enter the service address ZIP code.'
        : 'Postal code: enter the service address postal code.',
    );
  else if (postal) report('postalCode', postal);
}

/** Long answers the old wizard cut: warnings, not errors (the admin decides). */
export function accountWarnings(
  a: AccountAnswers,
): { field: keyof AccountAnswers; message: string }[] {
  const warnings: { field: keyof AccountAnswers; message: string }[] = [];
  const company = a.companyName.trim();
  if (company.length > 25) {
    warnings.push({
      field: 'companyName',
      message: `${label.companyName} is ${company.length} characters; the admin center keeps the first 25 ("${company.slice(0, 25)}"). Check that still matches the carrier's record.`,
    });
  }
  const person = a.authName.trim();
  if (person.length > 15) {
    warnings.push({
      field: 'authName',
      message: `${label.authName} is ${person.length} characters; the admin center keeps the first 15 ("${person.slice(0, 15)}").`,
    });
  }
  return warnings;
}
