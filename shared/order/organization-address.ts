import { type Country, countryWords } from '../schemas/country';
import type { Organization } from '../schemas/organization';

/**
 * Why a new order's service address was left blank: the organization's address is in
 * another country than the order's numbers (a Canadian order must not get Redmond and a
 * ZIP code). Undefined when the organization's address applies.
 */
export function addressNotPrefilled(
  org: Pick<Organization, 'name' | 'country' | 'city'>,
  orderCountry: Country | '',
): string | undefined {
  if (orderCountry === '' || orderCountry === org.country) return undefined;
  const where = org.city.trim() === '' ? '' : ` (${org.city.trim()})`;
  return `The service address is not filled in from ${org.name}: its address${where} is in ${countryWords[org.country].inSentence}, and this order's numbers are in ${countryWords[orderCountry].inSentence}. Enter the address where the numbers are in service.`;
}
