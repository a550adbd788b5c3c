import { UserFacingError } from '@shared/ipc-error';
import type { PDFFont } from 'pdf-lib';

import type { LoaLetter } from './loa-letter';

// Not \s: that would also match the no-break space, which is printable and holds French « » to their word.
const breakable = /[ \t\r\n\f\v]+/g;

/** A value on one line: tabs and line breaks pasted into a field become plain spaces. */
export function oneLine(text: string): string {
  return text.replace(breakable, ' ').trim();
}

/** Splits text into lines no wider than `width`, measured with the font; a word wider than a line is cut. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (let word of oneLine(text).split(' ')) {
    if (line !== '' && fits(`${line} ${word}`)) {
      line = `${line} ${word}`;
      continue;
    }
    if (line !== '') lines.push(line);
    // An e-mail address or account number longer than the column: cut it where the column ends.
    while (!fits(word)) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** One line that fits `width`: a smaller size down to `minSize`, then cut with an ellipsis (only for extreme values). */
export function fitLine(
  text: string,
  font: PDFFont,
  size: number,
  minSize: number,
  width: number,
): { line: string; size: number } {
  let line = oneLine(text);
  while (size > minSize && font.widthOfTextAtSize(line, size) > width) size -= 0.5;
  while (line.length > 1 && font.widthOfTextAtSize(line, size) > width)
    line = `${line.slice(0, -2)}…`;
  return { line, size };
}

/** The first character the standard fonts cannot encode (they carry WinAnsi only), if any. */
function unprintable(text: string, font: PDFFont, known: Map<string, boolean>): string | undefined {
  for (const ch of oneLine(text)) {
    let ok = known.get(ch);
    if (ok === undefined) {
      try {
        font.encodeText(ch);
        ok = true;
      } catch {
        ok = false;
      }
      known.set(ch, ok);
    }
    if (!ok) return ch;
  }
  return undefined;
}

function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) yield* stringsIn(item);
}

/** Refuses the letter before anything is drawn when a value holds a character the PDF cannot print, naming its field. */
export function assertPrintable(letter: LoaLetter, font: PDFFont): void {
  const known = new Map<string, boolean>();
  // The admin's own fields first, so the message points at the field to fix.
  for (const source of letter.sources) {
    const ch = unprintable(source.text, font, known);
    if (ch !== undefined) {
      throw new UserFacingError(
        'not-allowed',
        `${source.name}: the character “${ch}” cannot be printed on the letter. Type it without it, as on the carrier’s record.`,
        source.field,
      );
    }
  }
  for (const text of stringsIn({ ...letter, sources: [] })) {
    const ch = unprintable(text, font, known);
    if (ch !== undefined)
      throw new UserFacingError(
        'not-allowed',
        `Letter of authorization: the character “${ch}” cannot be printed on the letter.`,
      );
  }
}
