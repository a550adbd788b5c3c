import type { Country } from '../schemas/country';

/**
 * Writes a postal code the way the rules expect it, when it plainly is one: a Canadian
 * code upper-cased with its space (`k1a0b1` → `K1A 0B1`); anything else is left as typed.
 */
export function tidyPostalCode(country: Country | '', value: string): string {
  const trimmed = value.trim();
  if (country === 'CA') {
    const compact = trimmed.replace(/\s+/g, '').toUpperCase();
    return /^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(compact)
      ? `${compact.slice(0, 3)} ${compact.slice(3)}`
      : trimmed;
  }
  return trimmed;
}
