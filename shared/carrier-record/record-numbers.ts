import { nanpProblem } from '@shared/numbers/nanp';
import { nationalDigits } from '@shared/numbers/read-cell';

import { featuresIn } from './features';
import { fold } from './fold';
import type { Span } from './read-fields';
import type { NumberFeature, RecordNumber, SetAsideNumber } from './types';

const phone = String.raw`(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}`;
/** A number, or a range: `425-882-0100 THRU 0119`, `… TO 425-882-0119`, `… - 0119`, French `à`. */
const numberOrRange = new RegExp(
  String.raw`(?<![\d+])(${phone})(?!\d)(?:\s*(?:thru|through|to|à|a|au|[-\u2013\u2014])\s*(${phone}|\d{4})(?!\d))?`,
  'gi',
);
/** Lines about the carrier itself: its numbers are not the account's. */
const carrierLine =
  /customer\s+(?:service|care)|for\s+service|service\s+a\s+la\s+clientele|call\s+us|questions|repair|contact\s+us|pour\s+nous\s+joindre|billing\s+inquir|to\s+report|fax\s+us|appelez|composez|www\.|\.com\b|\.ca\b/;
const maxRange = 10_000;
/** Words before the number calls are forwarded to ("REMOTE CALL FORWARDING TO 206 743-0143"). */
const forwardedTo =
  /(?:forward(?:ing|ed|s)?|fwd|fwds)\s+to\s*:?\s*$|renvoi(?:e|s)?\s+(?:au|vers)\s*:?\s*$/;

export interface ScanResult {
  numbers: RecordNumber[];
  setAside: SetAsideNumber[];
  problems: { line: number; message: string }[];
  /** The numbers written under the BTN label. */
  btnNumbers: { e164: string; line: number; input: string }[];
}

/** The account's numbers, ranges expanded, each with the features named beside it. */
export function readRecordNumbers(lines: readonly string[], spans: readonly Span[]): ScanResult {
  const result: ScanResult = { numbers: [], setAside: [], problems: [], btnNumbers: [] };
  const byE164 = new Map<string, RecordNumber>();
  const perLine: { numbers: RecordNumber[]; features: NumberFeature[] }[] = [];
  lines.forEach((line, i) => {
    const entry = { numbers: [] as RecordNumber[], features: [] as NumberFeature[] };
    perLine.push(entry);
    const lineSpans = spans.filter((s) => s.line === i);
    const contactLine = lineSpans.some((s) => s.field === 'authorizedName');
    const why = carrierLine.test(fold(line))
      ? `the carrier's own number, on line ${i + 1}`
      : undefined;
    for (const found of numbersIn(line, i, result.problems)) {
      if (found.forwardTo)
        result.setAside.push({
          e164: found.forwardTo,
          line: i + 1,
          why: found.e164s[0]
            ? `the number ${found.e164s[0]} forwards to`
            : `a number calls are forwarded to, on line ${i + 1}`,
        });
      const span = lineSpans.find((s) => found.index >= s.start && found.index < s.end);
      if (span?.field === 'btn') {
        result.btnNumbers.push(
          ...found.e164s.map((e164) => ({ e164, line: i + 1, input: found.input })),
        );
      } else if (span?.field === 'authorizedName' || (!span && contactLine)) {
        result.setAside.push(
          ...found.e164s.map((e164) => ({
            e164,
            line: i + 1,
            why: "a contact's phone, not a number of the account",
          })),
        );
      } else if (span) {
        continue; // an account number or an address that reads like a phone number
      } else if (why) {
        result.setAside.push(...found.e164s.map((e164) => ({ e164, line: i + 1, why })));
      } else {
        for (const e164 of found.e164s) {
          let number = byE164.get(e164);
          if (!number) {
            number = { e164, line: i + 1, input: found.input, features: [] };
            byE164.set(e164, number);
            result.numbers.push(number);
          }
          entry.numbers.push(number);
        }
      }
    }
    if (why) return;
    const masked = lineSpans.reduce(
      (text, s) => text.slice(0, s.start) + ' '.repeat(s.end - s.start) + text.slice(s.end),
      line,
    );
    entry.features = featuresIn(masked).map((f) => ({ ...f, line: i + 1 }));
  });
  attachFeatures(lines, perLine);
  return result;
}

interface Found {
  index: number;
  input: string;
  e164s: string[];
  forwardTo?: string;
}

function numbersIn(line: string, i: number, problems: ScanResult['problems']): Found[] {
  const found: Found[] = [];
  for (const m of line.matchAll(numberOrRange)) {
    const first = valid(m[1]!, i, problems);
    if (!first) continue;
    if (forwardedTo.test(fold(line.slice(Math.max(0, m.index - 30), m.index)))) {
      found.push({ index: m.index, input: m[1]!, e164s: [], forwardTo: `+1${first}` });
      continue;
    }
    if (!m[2]) {
      found.push({ index: m.index, input: m[1]!, e164s: [`+1${first}`] });
      continue;
    }
    const last = m[2].length === 4 ? first.slice(0, 6) + m[2] : valid(m[2], i, problems);
    if (!last) continue;
    // "425-882-0150 TO 206-743-0143" on a forwarding line: the second number is where calls go.
    if (
      last.slice(0, 6) !== first.slice(0, 6) &&
      /^\s*(?:to|à|a|au)\s/i.test(m[0].slice(m[1]!.length))
    ) {
      found.push({ index: m.index, input: m[1]!, e164s: [`+1${first}`], forwardTo: `+1${last}` });
      continue;
    }
    const problem =
      last.slice(0, 6) !== first.slice(0, 6)
        ? 'goes from one exchange to another; a range stays within one (such as 425-882-0100 THRU 0119)'
        : Number(last) < Number(first)
          ? 'has the larger number first'
          : Number(last) - Number(first) >= maxRange
            ? `holds more than ${maxRange.toLocaleString('en-US')} numbers`
            : undefined;
    if (problem) {
      problems.push({
        line: i + 1,
        message: `Line ${i + 1}: the range "${m[0].trim()}" ${problem}; its numbers were not read.`,
      });
      continue;
    }
    const e164s: string[] = [];
    for (let n = Number(first); n <= Number(last); n++) e164s.push(`+1${n}`);
    found.push({ index: m.index, input: m[0].trim(), e164s });
  }
  return found;
}

/** The 10-digit number, or undefined with the reason kept as a problem of the line. */
function valid(text: string, i: number, problems: ScanResult['problems']): string | undefined {
  const national = nationalDigits(text);
  const problem = national ? nanpProblem(`+1${national}`) : 'is not a 10-digit number';
  if (national && !problem) return national;
  problems.push({
    line: i + 1,
    message: `Line ${i + 1}: "${text.trim()}" ${problem}; it was not read as one of the account's numbers.`,
  });
  return undefined;
}

/**
 * A feature named on a number's line is that number's. A line of features alone belongs to
 * the number line right above it (a record's detail lines), or else, as a heading, to the
 * number lines right below it, up to the next blank line.
 */
function attachFeatures(
  lines: readonly string[],
  perLine: { numbers: RecordNumber[]; features: NumberFeature[] }[],
): void {
  let owners: RecordNumber[] = [];
  let heading: NumberFeature[] = [];
  perLine.forEach((entry, i) => {
    if (lines[i]!.trim() === '') {
      owners = [];
      heading = [];
      return;
    }
    if (entry.numbers.length > 0) {
      owners = entry.numbers;
      for (const n of owners) addFeatures(n, [...heading, ...entry.features]);
    } else if (entry.features.length > 0) {
      if (owners.length > 0) for (const n of owners) addFeatures(n, entry.features);
      else heading = [...heading, ...entry.features];
    }
  });
}

function addFeatures(number: RecordNumber, features: NumberFeature[]): void {
  for (const f of features)
    if (!number.features.some((g) => g.feature === f.feature && g.line === f.line))
      number.features.push(f);
}
