import type { Country } from '../../schemas/country';
import { regionsByCountry } from '../regions';

/**
 * The service address's state or province, one rule for an organization's details and an
 * order's: it is chosen from the country's list (its postal abbreviation), never typed.
 */
export function regionProblem(country: Country, value: string): string | undefined {
  if (value in regionsByCountry[country]) return undefined;
  return country === 'US'
    ? 'State: choose the state of the service address.'
    : 'Province: choose the province or territory of the service address.';
}

/** The choices of the region list for a country, as the select shows them. */
export function regionChoices(country: Country | ''): { value: string; label: string }[] {
  if (country === '') return [];
  return Object.entries(regionsByCountry[country]).map(([value, label]) => ({ value, label }));
}
