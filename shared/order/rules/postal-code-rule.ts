import type { Country } from '../../schemas/country';

const postalRules: Record<Country, { pattern: RegExp; message: string }> = {
  US: { pattern: /^\d{5}(-?\d{4})?$/, message: 'ZIP code: use 5 digits, or 9 as 12345-6789.' },
  CA: {
    pattern: /^[A-Z]\d[A-Z] \d[A-Z]\d$/i,
    message: 'Postal code: use the form A1A 1A1, with the space.',
  },
};

/**
 * What is wrong with a ZIP or postal code that is not blank, by the country's form; one rule
 * for an organization's details and an order's service address (`tidyPostalCode` first
 * writes a plain Canadian code with its space).
 */
export function postalCodeProblem(country: Country, value: string): string | undefined {
  const rule = postalRules[country];
  return rule.pattern.test(value.trim()) ? undefined : rule.message;
}
