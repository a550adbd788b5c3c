import { type MetadataJson, parsePhoneNumberFromString } from 'libphonenumber-js/core';

import { regionName } from './region-name';

/** A number of another country: its calling code and, when it has one, the country (ISO 3166 code). */
export interface ForeignNumber {
  callingCode: string;
  country: string | undefined;
}

/** Names the country of a number given by its digits after "+" (country code first). */
export type ForeignNamer = (digits: string) => ForeignNumber | undefined;

/**
 * Finds a foreign number's country with libphonenumber-js's own metadata: the calling
 * code (codes are prefix-free, one to three digits), then the country libphonenumber
 * gives the number (+7 7… is Kazakhstan, +44 1481 Guernsey), else the code's main
 * country. Only numbers already refused come here, so the parse costs nothing that matters.
 */
export function createForeignNamer(json: MetadataJson): ForeignNamer {
  const { country_calling_codes: codes, nonGeographic = {} } = json as unknown as {
    country_calling_codes: Record<string, string[]>;
    nonGeographic?: Record<string, unknown>;
  };
  return (digits) => {
    for (let length = 1; length <= 3; length++) {
      const callingCode = digits.slice(0, length);
      // Codes of no one country: international freephone (+800), satellite services (+881)…
      if (callingCode in nonGeographic) return { callingCode, country: undefined };
      const countries = codes[callingCode];
      if (!countries) continue;
      const parsed = parsePhoneNumberFromString(`+${digits}`, json);
      return { callingCode, country: parsed?.country ?? countries[0] };
    }
    return undefined;
  };
}

// English puts "the" before these country names ("the United Kingdom", "the Netherlands").
const withThe =
  /^(United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Czech Republic|Dominican Republic|Central African Republic|Vatican)|Islands$/;

/** The name of a country by its ISO code, as an English sentence puts it. */
export function countryName(code: string): string {
  const name = regionName(code);
  return withThe.test(name) ? `the ${name}` : name;
}

/** Why a foreign number is refused, in an admin's words (`digits` as after "+"). */
export function foreignProblem(digits: string, namer: ForeignNamer | undefined): string {
  const ports = 'PortDesk ports numbers of the United States and Canada';
  if (!namer) return `is a number outside North America (+${digits.slice(0, 3)}…); ${ports}`;
  const found = namer(digits);
  if (!found)
    return `starts with +${digits.slice(0, 3)}, which is no country's code; numbers of the United States and Canada start with +1`;
  if (!found.country)
    return `is an international number (+${found.callingCode}) of no one country; ${ports}`;
  return `is a number in ${countryName(found.country)} (+${found.callingCode}); ${ports}`;
}
