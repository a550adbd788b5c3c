import { type Country, countrySchema } from '@shared/schemas/country';

import { regionsByCountry } from '../regions';

/** The ZIP or postal code a country's addresses use; Settings' organization form may read the same rule. */
export const postalRules: Record<Country, { pattern: RegExp; message: string }> = {
  US: { pattern: /^\d{5}(-?\d{4})?$/, message: 'ZIP code: use 5 digits, or 9 as 12345-6789.' },
  CA: {
    pattern: /^[A-Z]\d[A-Z] \d[A-Z]\d$/i,
    message: 'Postal code: use the form A1A 1A1, with the space.',
  },
};

/** The service address's state or province (from the list) and ZIP or postal code, by the order's country. */
export function checkAddress(
  a: { region: string; postalCode: string },
  countryAnswer: string,
  report: (field: 'region' | 'postalCode', message: string) => void,
): void {
  const country = countrySchema.safeParse(countryAnswer);
  if (!country.success) {
    report('region', 'State or province: first choose the country on the Get started step.');
    return;
  }
  const isUs = country.data === 'US';
  if (!(a.region in regionsByCountry[country.data])) {
    report(
      'region',
      isUs
        ? 'State: choose the state of the service address.'
        : 'Province: choose the province or territory of the service address.',
    );
  }
  const rule = postalRules[country.data];
  if (a.postalCode.trim() === '')
    report(
      'postalCode',
      isUs
        ? 'ZIP code: enter the service address ZIP code.'
        : 'Postal code: enter the service address postal code.',
    );
  else if (!rule.pattern.test(a.postalCode.trim())) report('postalCode', rule.message);
}
