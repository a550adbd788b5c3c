/** What separates the numbers of a pasted list: any mix of these (the admin center takes commas and semicolons). */
const listSeparators = /[,;\t]/;

/**
 * The cells of one line of a list, split at every comma, semicolon and tab. A cell in
 * double quotes keeps its separators ("(425) 555-0200, main line"); a quote left open
 * is read as a plain character, so it never swallows the numbers after it.
 *
 * Written by hand rather than with Papa Parse: a CSV parser splits at one delimiter,
 * and a paste mixes them ("a, b<TAB>c"); Papa Parse still reads real tables.
 */
export function splitListLine(line: string): string[] {
  if (!listSeparators.test(line)) return [line];
  if (!line.includes('"')) return line.split(listSeparators);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',' || c === ';' || c === '\t') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  if (quoted) return line.replaceAll('"', '').split(listSeparators);
  cells.push(cell);
  return cells;
}

const digitCount = (text: string) => {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
};
const firstDigit = (text: string) => /\d/.exec(text)?.[0];

/**
 * A cell that holds several numbers separated by spaces only ("+1 425 555 0200 +1 425
 * 555 0201"), as the text of each; undefined when it is not that. A "+" starts a number
 * (so "4255550200 +44 20 7946 0958" is two, whatever the second's length); words are
 * then taken together until they make 10 digits, or 11 starting with 1. Failing that,
 * words each long enough to be a number ("425555020 4255550201") are each one, so a
 * typo is named on its own and its neighbours are still read.
 */
export function splitRun(text: string): string[] | undefined {
  const words = text.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  const segments: string[][] = [];
  for (const word of words) {
    if (segments.length === 0 || word.startsWith('+')) segments.push([word]);
    else segments.at(-1)!.push(word);
  }
  const parts = segments.flatMap(
    (s) =>
      groupWords(s) ?? (s.length > 1 && s.every((w) => digitCount(w) >= 7) ? s : [s.join(' ')]),
  );
  return parts.length > 1 ? parts : undefined;
}

function groupWords(words: string[]): string[] | undefined {
  const numbers: string[] = [];
  let start = 0;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    count += digitCount(words[i]!);
    if (count > 11) return undefined;
    const taken = words.slice(start, i + 1).join(' ');
    const leadingOne = firstDigit(taken) === '1';
    // Ten digits starting with 1 may be the start of an 11-digit number: see whether the next word completes it.
    const complete =
      count === 11
        ? leadingOne
        : count === 10 && (!leadingOne || digitCount(words[i + 1] ?? '') !== 1);
    if (complete) {
      numbers.push(taken);
      start = i + 1;
      count = 0;
    }
  }
  if (count > 0) return undefined;
  // Words with no digit after the last number ("…0201 main") belong to it.
  if (start < words.length && numbers.length > 0)
    numbers[numbers.length - 1] += ` ${words.slice(start).join(' ')}`;
  return numbers.length >= 2 ? numbers : undefined;
}
