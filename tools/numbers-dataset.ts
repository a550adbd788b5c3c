import { createNanpClassifier, type NanpVerdict } from '@shared/numbers/nanp-classifier';
import metadata from 'libphonenumber-js/metadata.max.json';

/**
 * A deterministic list of North American numbers as an admin's files hold them: spread
 * at random over every US and Canadian area code and exchange, in mixed formats, with
 * 1% invalid, 1% duplicates, some extensions, some ranges `a-b` and a few toll-free
 * numbers. The same `{ size, seed }` always gives the same text.
 */
export interface NumbersDataset {
  /** The lines joined by `\n`: what a pasted list or an imported TXT/CSV file holds. */
  text: string;
  lines: string[];
}

/** mulberry32: a tiny seeded PRNG, uniform on [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const classify = createNanpClassifier(metadata as never);
const geographicTypes = new Set(['FIXED_LINE_OR_MOBILE', 'FIXED_LINE', 'MOBILE']);
export const tollFreeNpas = ['800', '833', '844', '855', '866', '877', '888'] as const;

/** A US or Canadian geographic number: what the dataset's valid numbers are. */
export const isUsCaGeographic = (v: NanpVerdict) =>
  v.valid &&
  (v.country === 'US' || v.country === 'CA') &&
  v.type !== undefined &&
  geographicTypes.has(v.type);

type MetadataShape = {
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown[]>;
};

/**
 * The NPAs that libphonenumber gives to the other NANP countries and territories by their
 * leading digits (Puerto Rico 787/939, Jamaica 876/658, Dominican Republic 809/829/849…).
 */
export function otherNanpCountryNpas(): string[] {
  const json = metadata as unknown as MetadataShape;
  const leading = (json.country_calling_codes['1'] ?? [])
    .map((country) => json.countries[country]?.[10])
    .filter((digits): digits is string => typeof digits === 'string' && digits !== '');
  const pattern = new RegExp(`^(?:${leading.join('|')})`);
  const npas: string[] = [];
  for (let npa = 200; npa <= 999; npa++) {
    if (['1', '2'].some((d) => pattern.test(`${npa}${d}`))) npas.push(String(npa));
  }
  return npas;
}

let areaCodes: { all: string[]; unassigned: string[] } | undefined;

/**
 * Every NPA 200-999 for which some number is a valid US or Canadian geographic number, as the
 * classifier says (which is libphonenumber's verdict): each exchange's first digit is tried
 * (the metadata's patterns tell exchanges apart by it at most), then a few random exchanges.
 * `unassigned` holds the NPAs where no tried number is valid and that no other NANP country claims.
 */
export function usCanadaAreaCodes(): { all: string[]; unassigned: string[] } {
  if (areaCodes) return areaCodes;
  const random = mulberry32(0x5eed);
  const all: string[] = [];
  const unassigned: string[] = [];
  const elsewhere = new Set(otherNanpCountryNpas());
  for (let npa = 200; npa <= 999; npa++) {
    const tries = [2, 3, 4, 5, 6, 7, 8, 9].map((d) => `${npa}${d}234567`);
    for (let i = 0; i < 16; i++)
      tries.push(
        `${npa}${2 + Math.floor(random() * 8)}${String(Math.floor(random() * 1e6)).padStart(6, '0')}`,
      );
    const verdicts = tries.map(classify);
    if (verdicts.some(isUsCaGeographic)) all.push(String(npa));
    else if (!elsewhere.has(String(npa)) && !verdicts.some((v) => v.valid))
      unassigned.push(String(npa));
  }
  areaCodes = { all, unassigned };
  return areaCodes;
}

type Format = (n: string) => string;
/** The formats admins' files use, for a 10-digit national number. */
export const formats: readonly Format[] = [
  (n) => `+1 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
  (n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
  (n) => `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`,
  (n) => `1-${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
  (n) => n,
  (n) => `+1${n}`,
];

/** Formats without the country code, for the invalid numbers (so a 9-digit number keeps 9 digits). */
const localFormats = [formats[1]!, formats[2]!, formats[4]!];

export function numbersDataset({
  size = 100_000,
  seed = 1,
}: { size?: number; seed?: number } = {}): NumbersDataset {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const digits = (count: number) => String(Math.floor(random() * 10 ** count)).padStart(count, '0');
  const { all: npas, unassigned } = usCanadaAreaCodes();

  /** A random valid US/CA geographic number, not N11 and not 555-01XX (checkNumbers flags those). */
  const geographic = (): string => {
    for (;;) {
      const nxx = `${2 + Math.floor(random() * 8)}${digits(2)}`;
      const national = `${pick(npas)}${nxx}${digits(4)}`;
      if (nxx.endsWith('11') || (nxx === '555' && national[6] === '0' && national[7] === '1'))
        continue;
      if (isUsCaGeographic(classify(national))) return national;
    }
  };
  const tollFree = (): string => {
    for (;;) {
      const national = `${pick(tollFreeNpas)}${2 + Math.floor(random() * 8)}${digits(6)}`;
      if (classify(national).type === 'TOLL_FREE') return national;
    }
  };
  const invalid = (): string => {
    const kind = Math.floor(random() * 4);
    if (kind === 0) return `${pick(npas)}${2 + Math.floor(random() * 8)}${digits(5)}`; // 9 digits
    if (kind === 1) return `${pick(npas)}${2 + Math.floor(random() * 8)}${digits(8)}`; // 12 digits
    if (kind === 2)
      return `${Math.floor(random() * 2)}${digits(2)}${2 + Math.floor(random() * 8)}${digits(6)}`; // area code 0XX/1XX
    for (;;) {
      const national = `${pick(unassigned)}${2 + Math.floor(random() * 8)}${digits(6)}`; // unassigned area code
      if (!classify(national).valid) return national;
    }
  };
  const withExtension = (text: string) =>
    random() < 0.02 ? `${text} x${1 + Math.floor(random() * 9999)}` : text;

  const valid: string[] = [];
  const lines: string[] = [];
  let count = 0;
  /** One number (not a range), formatted: 1% invalid, 1% duplicates, a few toll-free. */
  const oneNumber = (): string => {
    const roll = random();
    count++;
    if (roll < 0.01) return pick(localFormats)(invalid());
    if (roll < 0.02 && valid.length > 0) return withExtension(pick(formats)(pick(valid)));
    const national = roll < 0.025 ? tollFree() : geographic();
    valid.push(national);
    return withExtension(pick(formats)(national));
  };

  // The first line is one plain number: a file's first line is where a header would be.
  const first = geographic();
  valid.push(first);
  lines.push(formats[0]!(first));
  count++;
  while (count < size) {
    const roll = random();
    const left = size - count;
    if (roll < 0.005 && left >= 2) {
      // A range of 2 to 20 numbers within one exchange, away from 555-01XX.
      const length = Math.min(left, 2 + Math.floor(random() * 19));
      let start: string;
      do start = geographic();
      while (start.slice(3, 6) === '555' || Number(start.slice(6)) + length > 10_000);
      const end = String(Number(start) + length - 1);
      const format = pick(formats);
      lines.push(random() < 0.5 ? `${start}-${end}` : `${format(start)} - ${format(end)}`);
      count += length;
      for (let i = 0; i < length; i++) valid.push(String(Number(start) + i));
    } else if (roll < 0.1 && left >= 2) {
      const several = Math.min(left, 2 + Math.floor(random() * 4));
      lines.push(Array.from({ length: several }, oneNumber).join(', '));
    } else {
      lines.push(oneNumber());
    }
  }
  return { text: lines.join('\n'), lines };
}
