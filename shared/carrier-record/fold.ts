/**
 * The line in lower case without accents, one character for one, so that an index in the
 * folded line is the same index in the line as written ("Numéro" → "numero").
 */
export function fold(line: string): string {
  let out = '';
  for (const c of line) {
    const base = c.normalize('NFD')[0]!.toLowerCase();
    // A character outside the BMP is two code units: keep two, so indexes stay aligned.
    out += base.length === c.length ? base : c.length === 2 ? '??' : '?';
  }
  return out;
}

/** Text reduced to letters and digits in upper case, for comparing what differs only in writing. */
export function bare(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .toUpperCase();
}
