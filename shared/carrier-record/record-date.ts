import { format, isValid, parse } from 'date-fns';
import { enUS, fr } from 'date-fns/locale';

const reference = new Date(2000, 0, 1);
const months = String.raw`[A-Za-zÀ-ÿ]{3,9}\.?`;
/** The date-looking part of a field's value, and the date-fns formats it may be in. */
const shapes: { pattern: RegExp; formats: string[]; locale?: 'fr' }[] = [
  { pattern: /\b\d{4}-\d{2}-\d{2}\b/, formats: ['yyyy-MM-dd'] },
  { pattern: /\b\d{1,2}[/-]\d{1,2}[/-]\d{4}\b/, formats: ['M/d/yyyy', 'M-d-yyyy'] },
  { pattern: /\b\d{1,2}\/\d{1,2}\/\d{2}\b/, formats: ['M/d/yy'] },
  {
    pattern: new RegExp(String.raw`\b${months}\s+\d{1,2},?\s+\d{4}\b`),
    formats: ['MMMM d yyyy', 'MMM d yyyy'],
  },
  {
    pattern: new RegExp(String.raw`\b\d{1,2}(?:er)?\s+${months}\s+\d{4}\b`),
    formats: ['d MMMM yyyy', 'd MMM yyyy'],
    locale: 'fr',
  },
];

/**
 * The record's date as yyyy-MM-dd, or undefined when the value holds no date it can read
 * for sure. Slashes are month first in an English record; a French one writes the day
 * first (and so does any date whose first part is over 12).
 */
export function readRecordDate(value: string, language: 'en' | 'fr'): string | undefined {
  for (const shape of shapes) {
    const m = shape.pattern.exec(value);
    if (!m) continue;
    const text = m[0]
      .replace(/,/g, '')
      .replace(/(\d)er\b/, '$1')
      .replace(/\.(?=\s)/, '');
    let formats = shape.formats;
    if (formats[0]!.startsWith('M/') || formats[0]!.startsWith('M-')) {
      const first = Number(text.split(/[/-]/)[0]);
      if (language === 'fr' || first > 12)
        formats = formats.map((f) => f.replace('M', 'd').replace(/^d([/-])d/, 'd$1M'));
    }
    for (const locale of shape.locale === 'fr' ? [fr, enUS] : [enUS, fr]) {
      for (const f of formats) {
        const date = parse(text, f, reference, { locale });
        if (isValid(date) && date.getFullYear() >= 1990) return format(date, 'yyyy-MM-dd');
      }
    }
  }
  return undefined;
}
