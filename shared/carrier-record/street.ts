// The package's own browser build (xregexp inside, one UMD file): its main file finds xregexp
// with `typeof require`, which a browser bundle does not have (engine-in-chromium.spec.ts
// saw it fail). Same version, same answers: 55,444 addresses compared gave none different.
import { parseLocation } from 'parse-address/parse-address.min.js';

import { fold } from './fold';

/** A street line in standard parts, upper case; '' where the line has no such part. */
export interface StandardStreet {
  number: string;
  /** The street's name and, for a Canadian line, its type and direction words in standard form, sorted. */
  name: string;
  suffix: string;
  predir: string;
  postdir: string;
  unitType: string;
  unitNumber: string;
  poBox: string;
}

/**
 * USPS Publication 28, appendix C2: secondary unit designators. parse-address recognizes
 * them but returns them as written ("Suite", "STE"), so the standard forms are here, with
 * the French words a Canadian address uses (bureau, appartement, étage, unité).
 */
// prettier-ignore
const unitDesignators: Record<string, string> = {
  APARTMENT: 'APT', APT: 'APT', APP: 'APT', APPARTEMENT: 'APT',
  BASEMENT: 'BSMT', BSMT: 'BSMT', BUILDING: 'BLDG', BLDG: 'BLDG', BLDNG: 'BLDG',
  DEPARTMENT: 'DEPT', DEPT: 'DEPT', FLOOR: 'FL', FLR: 'FL', FL: 'FL', ETAGE: 'FL',
  FRONT: 'FRNT', FRNT: 'FRNT', HANGAR: 'HNGR', HNGR: 'HNGR', KEY: 'KEY',
  LOBBY: 'LBBY', LBBY: 'LBBY', LOT: 'LOT', LOWER: 'LOWR', LOWR: 'LOWR',
  OFFICE: 'OFC', OFC: 'OFC', PENTHOUSE: 'PH', PH: 'PH', PIER: 'PIER', REAR: 'REAR',
  ROOM: 'RM', RM: 'RM', SIDE: 'SIDE', SLIP: 'SLIP', SPACE: 'SPC', SPC: 'SPC',
  STOP: 'STOP', SUITE: 'STE', STE: 'STE', BUREAU: 'STE', BUR: 'STE',
  TRAILER: 'TRLR', TRLR: 'TRLR', UNIT: 'UNIT', UNITE: 'UNIT', UPPER: 'UPPR', UPPR: 'UPPR',
  '#': '#',
};

/**
 * Canada Post's street types and directions, English and French, for the Canadian lines
 * parse-address (a US parser) does not read: French puts the type first ("boul.
 * René-Lévesque O"), so the name's words are compared as a set. RUE and ST, CH and RD,
 * BOUL and BLVD are the same word in the two languages.
 */
// prettier-ignore
const canadianWords: Record<string, string> = {
  STREET: 'ST', ST: 'ST', RUE: 'ST', AVENUE: 'AVE', AVE: 'AVE', AV: 'AVE',
  BOULEVARD: 'BLVD', BLVD: 'BLVD', BOUL: 'BLVD', ROAD: 'RD', RD: 'RD', CHEMIN: 'RD', CH: 'RD',
  DRIVE: 'DR', DR: 'DR', CRESCENT: 'CRES', CRES: 'CRES', COURT: 'CRT', CRT: 'CRT', CT: 'CRT',
  PLACE: 'PL', PL: 'PL', ROUTE: 'RTE', RTE: 'RTE', PROMENADE: 'PROM', PROM: 'PROM',
  TERRACE: 'TERR', TERR: 'TERR', HIGHWAY: 'HWY', HWY: 'HWY', PARKWAY: 'PKY', PKWY: 'PKY',
  PKY: 'PKY', SQUARE: 'SQ', SQ: 'SQ', CIRCLE: 'CIR', CIR: 'CIR', LANE: 'LANE', LN: 'LANE', WAY: 'WAY',
  NORTH: 'N', NORD: 'N', N: 'N', SOUTH: 'S', SUD: 'S', S: 'S', EAST: 'E', EST: 'E', E: 'E',
  WEST: 'W', OUEST: 'W', O: 'W', W: 'W', NORTHEAST: 'NE', NE: 'NE', NORTHWEST: 'NW',
  NW: 'NW', NO: 'NW', SOUTHEAST: 'SE', SE: 'SE', SOUTHWEST: 'SW', SW: 'SW', SO: 'SW',
};

const poBox =
  /^\s*(?:P\s*O|POST\s+OFFICE|C\s*P|CASE\s+POSTALE)?\s*BOX\s*#?\s*(\w+)|^\s*(?:C\s*P|CASE\s+POSTALE)\s+(\w+)/;

/** Upper case, no accents, no periods; `#` kept apart from its number. */
const clean = (line: string) =>
  fold(line)
    .toUpperCase()
    .replace(/\b([A-Z])\.\s?(?=[A-Z]\b)/g, '$1') // N.E. → NE, P.O. → PO
    .replace(/\./g, ' ')
    .replace(/#\s*/g, ' # ')
    .replace(/\s+/g, ' ')
    .trim();

/** A street line (number, street, unit; no city) in USPS standard parts, or its Canadian equivalent. */
export function standardizeStreet(line: string, country: 'US' | 'CA' | ''): StandardStreet {
  return uspsReading(line, country) ?? fromWords(clean(line));
}

/**
 * Two street lines read the same way, so that their parts compare: both by parse-address,
 * or, when it cannot read one of them whole, both as words. parse-address stops at the
 * first word that is a street type ("1 SW Harbor Point St" reads as street "SW", type HBR)
 * and drops the rest; reading both as words then keeps every word.
 */
export function standardizeStreets(a: string, b: string, country: 'US' | 'CA' | '') {
  const usps = [uspsReading(a, country), uspsReading(b, country)];
  if (usps[0] && usps[1]) return usps as [StandardStreet, StandardStreet];
  return [fromWords(clean(a)), fromWords(clean(b))] as const;
}

/** parse-address's reading, when it accounts for every word of the line. */
function uspsReading(line: string, country: 'US' | 'CA' | ''): StandardStreet | undefined {
  const text = clean(line);
  const box = poBox.exec(text);
  if (box) return { ...empty, poBox: box[1] ?? box[2] ?? '' };
  if (country === 'CA') return undefined;
  const parsed = parseLocation(text);
  if (!parsed?.number || !parsed.street) return undefined;
  const read = [
    parsed.number,
    parsed.prefix,
    parsed.street,
    parsed.type,
    parsed.suffix,
    parsed.sec_unit_type,
    parsed.sec_unit_num,
  ];
  const count = (t: string) => t.split(/[\s,#]+/).filter(Boolean).length;
  return count(read.filter(Boolean).join(' ')) === count(text) ? fromParsed(parsed) : undefined;
}

const empty: StandardStreet = {
  number: '',
  name: '',
  suffix: '',
  predir: '',
  postdir: '',
  unitType: '',
  unitNumber: '',
  poBox: '',
};

function fromParsed(p: NonNullable<ReturnType<typeof parseLocation>>): StandardStreet {
  const unitType = (p.sec_unit_type ?? '').toUpperCase().replace(/\s+/g, '');
  const poBoxType = /^(?:P\W*O\W*)?BOX$/.test(unitType);
  return {
    number: p.number ?? '',
    name: (p.street ?? '').toUpperCase(),
    suffix: (p.type ?? '').toUpperCase(),
    predir: (p.prefix ?? '').toUpperCase(),
    postdir: (p.suffix ?? '').toUpperCase(),
    unitType: poBoxType ? '' : (unitDesignators[unitType] ?? unitType),
    unitNumber: poBoxType ? '' : (p.sec_unit_num ?? '').toUpperCase(),
    poBox: '',
  };
}

/** The Canadian reading: civic number (or `unit-number`), unit, and the other words as a set. */
function fromWords(text: string): StandardStreet {
  const words = text.replace(/,/g, ' ').split(' ').filter(Boolean);
  let number = '';
  let unitType = '';
  let unitNumber = '';
  const first = /^(\w+)-(\d+\w?)$/.exec(words[0] ?? '');
  if (first) {
    // Canada Post writes "2100-77 King St W": unit 2100 at number 77.
    [unitType, unitNumber, number] = ['#', first[1]!, first[2]!];
    words.shift();
  } else if (/^\d/.test(words[0] ?? '')) number = words.shift()!;
  const name: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const unit = unitDesignators[words[i]!];
    if (unit && i + 1 < words.length && /\d/.test(words[i + 1]!)) {
      unitType = unit;
      unitNumber = words[++i]!;
    } else name.push(canadianWords[words[i]!] ?? words[i]!);
  }
  return { ...empty, number, unitType, unitNumber, name: name.sort().join(' ') };
}

/** The street as one standard line, for messages: "16011 NE 36TH WAY STE 200". */
export function streetText(s: StandardStreet): string {
  if (s.poBox) return `PO BOX ${s.poBox}`;
  return [s.number, s.predir, s.name, s.suffix, s.postdir, s.unitType, s.unitNumber]
    .filter(Boolean)
    .join(' ');
}
