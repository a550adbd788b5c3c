import { digitsToE164, nanpProblem } from './nanp';

export interface NumberEntry {
  line: number;
  input: string;
  e164?: string;
  problem?: string;
}

/**
 * Reads the numbers the admin typed: one a line or comma-separated, non-digits ignored
 * when 10 or 11 digits remain. Every entry keeps its line so a problem can name it.
 */
export function readNumberLines(text: string): NumberEntry[] {
  const entries: NumberEntry[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    for (const raw of lineText.split(',')) {
      const input = raw.trim();
      if (input === '') continue;
      entries.push(readEntry(input, index + 1));
    }
  });
  return entries;
}

function readEntry(input: string, line: number): NumberEntry {
  const e164 = digitsToE164(input);
  if (e164 === undefined) {
    const count = input.replace(/\D/g, '').length;
    return {
      line,
      input,
      problem: `has ${count} digit${count === 1 ? '' : 's'}; a number needs 10, or 11 starting with 1`,
    };
  }
  const problem = nanpProblem(e164);
  return problem ? { line, input, e164, problem } : { line, input, e164 };
}
