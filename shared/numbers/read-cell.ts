/** One number as read from a cell: its 10-digit national number, or why it is not one. */
export interface CellNumber {
  national: string | undefined;
  ext: string | undefined;
  problem: string | undefined;
}

const extension = /\s*(?:x|ext\.?|extension|#)\s*(\d{1,7})\s*$/i;

const nonDigits = /\D+/g;

/** The digits of a 10- or 11-digit (leading 1) number, else undefined; everything else in the text is ignored. */
export function nationalDigits(text: string): string | undefined {
  const digits = text.replace(nonDigits, '');
  if (digits.length === 10) return digits;
  if (digits.length === 11 && digits.charCodeAt(0) === 49) return digits.slice(1);
  return undefined;
}

/** Reads one number, with its extension split off (the port moves numbers, not extensions). */
export function readCell(text: string): CellNumber {
  // Most cells hold no extension; the regular expression runs only when one may be there.
  const ext = /[xX#eE]/.test(text) ? extension.exec(text) : null;
  const body = ext ? text.slice(0, ext.index) : text;
  const national = nationalDigits(body);
  if (national) return { national, ext: ext?.[1], problem: undefined };
  const count = body.replace(/\D/g, '').length;
  return {
    national: undefined,
    ext: undefined,
    problem: `has ${count} digit${count === 1 ? '' : 's'}; a number needs 10, or 11 starting with 1`,
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
