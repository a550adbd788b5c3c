import { fold } from './fold';
import type { Severity } from './types';

/** Legal forms set aside at the end of a company name, English and French ("l l c" is L.L.C. once dots are gone). */
const legalSuffix =
  /\s+(?:inc|incorporated|incorporee|llc|l l c|ltd|limited|limitee|ltee|corp|corporation|co|company|cie|lp|l p|llp|l l p|pllc|plc|pc|p c|senc|s e n c|sencrl|s e n c r l|enr|inc ltee|ltd ltee)$/;

/** A company name with case, accents, punctuation, "the", "&" and legal forms set aside. */
export function companyKey(name: string): string {
  let key = ` ${fold(name)} `
    .replace(/&/g, ' and ')
    .replace(/\bet\b/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^\s*the\s+/, ' ')
    .replace(/\s+/g, ' ')
    .trimEnd();
  // Legal forms come off one at a time ("Inc Ltée"), but never the last word: "Company Inc" is "company".
  for (;;) {
    const next = key.replace(legalSuffix, '').replace(/\s+and$/, '');
    if (next === key || next.trim() === '') break;
    key = next;
  }
  return key.trim();
}

/** The names a record's "X DBA Y" line stands for: the whole, and each side. */
const tradeNames = (name: string) => [
  name,
  ...name.split(/\s+(?:d\/?b\/?a|doing business as|faisant affaires sous(?: le nom)?)\s+/i),
];

const sameWriting = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');

/** Same name (match), the same once writing is set aside (writtenDifferently), or another name. */
export function compareCompanyNames(order: string, record: string): Severity {
  if (sameWriting(order, record)) return 'match';
  const key = companyKey(order);
  return key !== '' && tradeNames(record).some((n) => companyKey(n) === key)
    ? 'writtenDifferently'
    : 'mismatch';
}

/** A person's name as its words, sorted: "WHITFIELD, DANA M." and "Dana Whitfield" give the same. */
export function personKey(name: string): string {
  return fold(name)
    .replace(/['’.]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 1 && !/^(?:mr|mrs|ms|dr|mme|m)$/.test(w))
    .sort()
    .join(' ');
}

/** Same person, written the same or only differently (order of words, case, initials), or another person. */
export function comparePersonNames(order: string, record: string): Severity {
  if (sameWriting(order, record)) return 'match';
  const key = personKey(order);
  return key !== '' && key === personKey(record) ? 'writtenDifferently' : 'mismatch';
}
