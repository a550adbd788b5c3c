import { regionsByCountry } from '@shared/order/regions';

import { bare, fold } from './fold';
import type { CarrierRecordOrderView, Severity } from './types';

export type AddressParts = CarrierRecordOrderView['serviceAddress'];

const usZip = /\b(\d{5})(?:[- ]?(\d{4}))?\s*$/;
const caPostal = /\b([A-Za-z]\d[A-Za-z]) ?(\d[A-Za-z]\d)\s*$/;

/** French names of the provinces (the English ones are in the order's own table). */
const frenchProvinces: Record<string, string> = {
  'colombie-britannique': 'BC',
  'nouveau-brunswick': 'NB',
  'terre-neuve-et-labrador': 'NL',
  'nouvelle-ecosse': 'NS',
  'territoires du nord-ouest': 'NT',
  'ile-du-prince-edouard': 'PE',
  quebec: 'QC',
};

/**
 * A record's address in one string ("16011 NE 36TH WAY STE 200, REDMOND WA 98052-6399",
 * "1250, boul. René-Lévesque O., Montréal (Québec) H3B 4W8") in the order's four parts.
 * What cannot be told apart is left empty, never guessed: without a comma between street
 * and city, the city stays inside the street.
 */
export function splitAddress(text: string): AddressParts & { country: 'US' | 'CA' | '' } {
  let rest = text.trim().replace(/[\s,.]+$/, '');
  let postalCode = '';
  let country: 'US' | 'CA' | '' = '';
  const ca = caPostal.exec(rest);
  const us = ca ? null : usZip.exec(rest);
  if (ca) {
    postalCode = `${ca[1]} ${ca[2]}`.toUpperCase();
    country = 'CA';
    rest = rest.slice(0, ca.index);
  } else if (us) {
    postalCode = us[2] ? `${us[1]}-${us[2]}` : us[1]!;
    country = 'US';
    rest = rest.slice(0, us.index);
  }
  rest = rest.replace(/[\s,]+$/, '');
  let region = '';
  const found = regionAtEnd(rest, country);
  if (found) {
    region = found.code!;
    country ||= found.country;
    rest = rest.slice(0, found.index).replace(/[\s,]+$/, '');
  }
  const comma = rest.lastIndexOf(',');
  // The street holds commas of its own in French ("1250, boul. …"): the city is after the last one.
  if (
    comma > 0 &&
    region !== '' &&
    /\p{L}/u.test(rest.slice(comma + 1)) &&
    !/\d/.test(rest.slice(comma + 1))
  )
    return {
      street: rest.slice(0, comma).trim(),
      city: rest.slice(comma + 1).trim(),
      region,
      postalCode,
      country,
    };
  return { street: rest.trim(), city: '', region, postalCode, country };
}

function regionAtEnd(text: string, country: 'US' | 'CA' | '') {
  const folded = fold(text);
  const countries = country === '' ? (['US', 'CA'] as const) : ([country] as const);
  for (const c of countries) {
    const names = Object.entries(regionsByCountry[c]).flatMap(([code, name]) => [
      [code.toLowerCase(), code],
      [fold(name), code],
    ]);
    if (c === 'CA') names.push(...Object.entries(frenchProvinces));
    for (const [name, code] of names) {
      const m = new RegExp(String.raw`(?:^|[\s,(])\(?${name}\)?$`).exec(folded);
      if (m) return { code, country: c, index: m.index + (/^[\s,(]/.test(m[0]) ? 1 : 0) };
    }
  }
  return undefined;
}

/** The region's postal code ("WA", "QC") for what the order or the record writes. */
export function regionOf(text: string): string {
  const wanted = fold(text.trim()).replace(/[()]/g, '');
  for (const c of ['US', 'CA'] as const)
    for (const [code, name] of Object.entries(regionsByCountry[c]))
      if (wanted === code.toLowerCase() || wanted === fold(name)) return code;
  return frenchProvinces[wanted] ?? bare(text);
}

/** ZIP codes compare on their first five digits; Canadian codes without their space, in capitals. */
export function comparePostalCodes(order: string, record: string): Severity {
  const a = order.trim().toUpperCase().replace(/\s+/g, '');
  const b = record.trim().toUpperCase().replace(/\s+/g, '');
  if (/^\d{5}/.test(a) && /^\d{5}/.test(b))
    return a.slice(0, 5) === b.slice(0, 5) ? 'match' : 'mismatch';
  return a === b ? 'match' : 'mismatch';
}

const cityWords: Record<string, string> = { ST: 'SAINT', STE: 'SAINTE', MT: 'MOUNT', FT: 'FORT' };

/** Cities compare without case, accents, punctuation or the abbreviations Saint/St, Mount/Mt, Fort/Ft. */
export function compareCities(order: string, record: string): Severity {
  const norm = (t: string) =>
    bare(t)
      .split(' ')
      .map((w) => cityWords[w] ?? w)
      .join(' ');
  return norm(order) === norm(record) ? 'match' : 'mismatch';
}
