/** One number as read from a cell: its 10-digit national number, or why it is not one. */
export interface CellNumber {
  national: string | undefined;
  ext: string | undefined;
  problem: string | undefined;
  /** A number outside North America: its digits after "+", "011" or "00", country code first. */
  foreign: string | undefined;
}

const extension = /\s*(?:x|ext\.?|extension|#)\s*(\d{1,7})\s*$/i;

const nonDigits = /\D+/g;

/** The digits of a 10- or 11-digit (leading 1) number, else undefined; everything else in the text is ignored. */
export function nationalDigits(text: string): string | undefined {
  return nationalOf(text.replace(nonDigits, ''));
}

function nationalOf(digits: string): string | undefined {
  if (digits.length === 10) return digits;
  if (digits.length === 11 && digits.charCodeAt(0) === 49) return digits.slice(1);
  return undefined;
}

/** Whether a "+" comes before every digit of the text (E.164 written with its country code). */
function startsWithPlus(text: string): boolean {
  const plus = text.indexOf('+');
  if (plus < 0) return false;
  for (let i = 0; i < plus; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
  }
  return true;
}

/**
 * The digits after the international prefix of a number of another country, else undefined:
 * "+" and a code other than 1 (even when 10 digits follow: +64 9 123 4567 is not +1 649…),
 * or the prefixes dialled abroad from North America (011) and from most of the world (00).
 */
function foreignDigits(text: string, digits: string): string | undefined {
  if (startsWithPlus(text)) return digits.charCodeAt(0) === 49 ? undefined : digits;
  // 10 digits, or 11 starting with 1, are a North American number whatever they start with.
  if (digits.length < 11 || digits.charCodeAt(0) !== 48) return undefined;
  const after = digits.startsWith('011')
    ? digits.slice(3)
    : digits.startsWith('00')
      ? digits.slice(2)
      : '';
  // 011 1 … calls North America itself: not another country's number.
  return after !== '' && after.charCodeAt(0) > 49 ? after : undefined;
}

/** Reads one number, with its extension split off (the port moves numbers, not extensions). */
export function readCell(text: string): CellNumber {
  // Most cells hold no extension; the regular expression runs only when one may be there.
  const ext = /[xX#eE]/.test(text) ? extension.exec(text) : null;
  const body = ext ? text.slice(0, ext.index) : text;
  const digits = body.replace(nonDigits, '');
  const foreign = foreignDigits(body, digits);
  if (foreign !== undefined)
    return { national: undefined, ext: undefined, problem: undefined, foreign };
  const national = nationalOf(digits);
  if (national) return { national, ext: ext?.[1], problem: undefined, foreign: undefined };
  const count = digits.length;
  return {
    national: undefined,
    ext: undefined,
    problem: `has ${count} digit${count === 1 ? '' : 's'}; a number needs 10, or 11 starting with 1`,
    foreign: undefined,
  };
}

/** A range `a-b`: exactly two numbers joined by one dash (the numbers may hold dashes of their own). */
export function readRange(raw: string): { first: string; last: string } | undefined {
  // Word processors turn "-" into an en or em dash.
  const text = raw.replace(/[\u2013\u2014]/g, '-');
  let found: { first: string; last: string } | undefined;
  for (let i = text.indexOf('-'); i !== -1; i = text.indexOf('-', i + 1)) {
    const first = nationalDigits(text.slice(0, i));
    const last = first && nationalDigits(text.slice(i + 1));
    if (first && last) {
      if (found) return undefined; // two ways to read it: not a range
      found = { first, last };
    }
  }
  return found;
}
