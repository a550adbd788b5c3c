// Made on first use, not as the module loads: ICU reads its region names then (about 7 ms),
// and main's start, which loads this module, names no country (`npm run bench`).
let names: Intl.DisplayNames | undefined;

/** A country's English name by its ISO code ("GB" → "United Kingdom"); the code when ICU has none. */
export function regionName(code: string): string {
  names ??= new Intl.DisplayNames(['en'], { type: 'region' });
  return names.of(code) ?? code;
}
