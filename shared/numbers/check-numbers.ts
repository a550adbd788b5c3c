import { type ForeignNamer, foreignProblem } from './foreign-number';
import type { NanpVerdict } from './nanp-classifier';
import type { NumberEntry, ReadNumbersResult } from './read-numbers';
import { regionName } from './region-name';

export type NumberKind = 'geographic' | 'tollFree';
export type RowStatus = 'ok' | 'warning' | 'duplicate' | 'error';

/** One number of the list with the app's verdict and, when there is one, what to do about it. */
export interface CheckedNumber {
  line: number;
  input: string;
  national: string | undefined;
  e164: string | undefined;
  country: 'US' | 'CA' | undefined;
  kind: NumberKind | undefined;
  status: RowStatus;
  message: string | undefined;
}

export interface NumbersCheck {
  rows: CheckedNumber[];
  lineProblems: ReadNumbersResult['lineProblems'];
  counts: {
    /** Rows: every number read, whatever its status (valid + duplicates + errors - notRead). */
    total: number;
    valid: number;
    /** Rows with an error, and the lines that could not be read at all (`notRead`). */
    errors: number;
    notRead: number;
    duplicates: number;
    warnings: number;
    us: number;
    canada: number;
    tollFree: number;
  };
  /** Usable numbers by country and kind; more than one group means the list must be split. */
  groups: { country: 'US' | 'CA'; kind: NumberKind; count: number }[];
}

export interface CheckContext {
  classify: (national: string) => NanpVerdict;
  /** Numbers already in the admin's other orders, with the order's name. */
  elsewhere?: Pick<ReadonlyMap<string, string>, 'get'>;
  /** Names the country of a number of another country; without it the message gives its first digits. */
  foreign?: ForeignNamer;
  /** The country toll-free numbers take: the order's, from `tollFreeCountryOf` (shared/order/toll-free-country.ts). */
  tollFreeCountry?: 'US' | 'CA' | undefined;
}

const unsupportedTypes: Record<string, string> = {
  PREMIUM_RATE: 'a premium-rate (900) number',
  PERSONAL_NUMBER: 'a personal (5XX) number',
  SHARED_COST: 'a shared-cost number',
  PAGER: 'a pager number',
  UAN: 'a universal access number',
  VOICEMAIL: 'a voicemail access number',
};

/**
 * Which count a usable row adds to: toll-free numbers on their own (they belong to both
 * countries, whatever country the order gives them), geographic ones by country. The page's
 * count buttons filter by the same rule, so each button shows the rows it counts.
 */
export function countedAs(
  row: Pick<CheckedNumber, 'country' | 'kind'>,
): 'us' | 'canada' | 'tollFree' {
  if (row.kind === 'tollFree') return 'tollFree';
  return row.country === 'US' ? 'us' : 'canada';
}

/**
 * Checks every number: valid, US or Canada, geographic or toll-free, not N11 or fictional,
 * not repeated. The read entries are turned into the rows in place: read once, check once.
 */
export function checkNumbers(
  read: Pick<ReadNumbersResult, 'entries' | 'lineProblems'>,
  context: CheckContext,
): NumbersCheck {
  const seen = new Map<string, number>();
  const rows = read.entries as unknown as CheckedNumber[];
  // A line that could not be read at all (too long, a range too large, past 100,000 numbers) is an error too.
  const counts = {
    total: rows.length,
    valid: 0,
    errors: read.lineProblems.length,
    notRead: read.lineProblems.length,
    duplicates: 0,
    warnings: 0,
    us: 0,
    canada: 0,
    tollFree: 0,
  };
  // The groups in the order first met; a list holds at most these four.
  const groups: NumbersCheck['groups'] = [];
  const groupOf = (country: 'US' | 'CA', kind: NumberKind) => {
    let group = groups.find((g) => g.country === country && g.kind === kind);
    if (!group) groups.push((group = { country, kind, count: 0 }));
    return group;
  };
  let last: NumbersCheck['groups'][number] | undefined;
  for (const entry of read.entries) {
    const row = checkOne(entry, context, seen);
    if (row.status === 'error') counts.errors++;
    else if (row.status === 'duplicate') counts.duplicates++;
    else {
      counts.valid++;
      if (row.status === 'warning') counts.warnings++;
      counts[countedAs(row)]++;
      if (!last || last.country !== row.country || last.kind !== row.kind)
        last = groupOf(row.country!, row.kind!);
      last.count++;
    }
  }
  return { rows, lineProblems: read.lineProblems, counts, groups };
}

/** Why a valid +1 number still cannot be ported in this flow, or undefined. */
function notPortable(national: string, verdict: NanpVerdict): string | undefined {
  if (!verdict.valid)
    return 'is not a valid North American number: check the area code and the digits';
  if (verdict.country !== 'US' && verdict.country !== 'CA') {
    return `is a number of ${regionName(verdict.country ?? '')}; this flow ports numbers of the United States and Canada only`;
  }
  const unsupported = verdict.type ? unsupportedTypes[verdict.type] : undefined;
  if (unsupported) return `is ${unsupported}, which cannot be ported to Teams Calling Plans`;
  // Exchange N11 and 555-01XX: libphonenumber calls them valid; no carrier can port them.
  if (national.charCodeAt(4) === 49 && national.charCodeAt(5) === 49)
    return `has exchange ${national.slice(3, 6)}, a service code like 411 or 911, not a phone number`;
  if (national.startsWith('55501', 3))
    return 'is in 555-0100 to 555-0199, kept for fiction; it is not a real number';
  return undefined;
}

// The entry becomes its row: `readNumbers` made it with these fields already (one object a number, not two).
function checkOne(
  entry: NumberEntry,
  context: CheckContext,
  seen: Map<string, number>,
): CheckedNumber {
  const row = entry as NumberEntry & CheckedNumber;
  // A row checked before (another list, other orders) starts over.
  row.status = 'error';
  row.e164 = undefined;
  row.country = undefined;
  row.kind = undefined;
  row.message = undefined;
  const national = entry.national;
  if (entry.foreign !== undefined) {
    row.message = `Line ${entry.line}: "${entry.input}" ${foreignProblem(entry.foreign, context.foreign)}.`;
    return row;
  }
  if (!national) {
    row.message = `Line ${entry.line}: "${entry.input}" ${entry.problem ?? 'is not a phone number'}.`;
    return row;
  }
  const e164 = `+1${national}`;
  row.e164 = e164;
  const verdict = context.classify(national);
  const problem = notPortable(national, verdict);
  if (problem) {
    row.message = `Line ${entry.line}: ${e164} ${problem}.`;
    return row;
  }
  row.country = verdict.country as 'US' | 'CA';
  row.kind = verdict.type === 'TOLL_FREE' ? 'tollFree' : 'geographic';
  if (row.kind === 'tollFree' && context.tollFreeCountry) row.country = context.tollFreeCountry;
  const firstLine = seen.get(national);
  if (firstLine !== undefined) {
    row.status = 'duplicate';
    row.message = `Line ${entry.line}: ${e164} is already on line ${firstLine}; remove one.`;
    return row;
  }
  seen.set(national, entry.line);
  const other = context.elsewhere?.get(e164);
  if (other !== undefined) {
    row.message = `Line ${entry.line}: ${e164} is already in the order "${other}"; a number goes in one order only.`;
  } else if (entry.ext) {
    row.status = 'warning';
    row.message = `Line ${entry.line}: ${e164} has an extension (${entry.ext}); the port moves the number itself, without the extension.`;
  } else {
    row.status = 'ok';
  }
  return row;
}
