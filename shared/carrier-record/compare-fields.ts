import { digitsToE164, nanpProblem } from '@shared/numbers/nanp';

import { compareCompanyNames, comparePersonNames } from './names';
import type {
  CarrierRecordOrderView,
  FieldCandidate,
  Finding,
  FindingField,
  RecordField,
  Severity,
} from './types';

const rank: Record<Severity, number> = {
  match: 0,
  writtenDifferently: 1,
  warning: 2,
  missing: 3,
  mismatch: 4,
};

/** The candidate the order's value agrees with best, and how well. */
export function bestCandidate(
  field: RecordField,
  compare: (candidate: string) => Severity,
): { candidate: FieldCandidate; severity: Severity } {
  return field.candidates
    .map((candidate) => ({ candidate, severity: compare(candidate.value) }))
    .reduce((best, next) => (rank[next.severity] < rank[best.severity] ? next : best));
}

export const at = (c: FieldCandidate) => `"${c.value}" (line ${c.line})`;

/** "The record also shows …" when a field has other candidates the admin may pick. */
export function others(field: RecordField, used: FieldCandidate): string {
  const rest = field.candidates.filter((c) => c !== used);
  return rest.length === 0
    ? ''
    : ` The record also shows ${rest.map(at).join(', ')}: pick the one for this order if it is another.`;
}

interface FieldWords {
  kind: string;
  field: FindingField;
  name: string;
  labels: string;
}

/** Missing on either side: the record has no such label, or the order left the field empty. */
export function missing(
  words: FieldWords,
  order: string,
  record: RecordField | undefined,
): Finding | undefined {
  if (!record)
    return {
      id: words.kind,
      kind: words.kind,
      field: words.field,
      severity: 'missing',
      ...(order.trim() ? { order } : {}),
      message: `${words.name}: the record shows none (no label such as ${words.labels} was found). Check it against the carrier's record yourself.`,
    };
  if (order.trim() === '')
    return {
      id: words.kind,
      kind: words.kind,
      field: words.field,
      severity: 'missing',
      record: { value: record.value, line: record.line },
      suggestion: record.value,
      message: `${words.name}: the order has none; the record has ${at(record)}.`,
    };
  return undefined;
}

const accountKey = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Account numbers agree once spaces and dashes are gone, and a leading 1 before a phone number. */
export function compareAccountNumbers(order: string, record: string): Severity {
  const a = accountKey(order);
  const b = accountKey(record);
  if (a === b) return 'match';
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  // Incumbents build account numbers from the BTN, written with or without its 1.
  const withoutOne = longer.startsWith('1') ? longer.slice(1) : undefined;
  const phone =
    withoutOne && /^\d{10}/.test(withoutOne) ? `+1${withoutOne.slice(0, 10)}` : undefined;
  return withoutOne === shorter && phone && !nanpProblem(phone) ? 'match' : 'mismatch';
}

export function accountFinding(
  order: CarrierRecordOrderView,
  record: RecordField | undefined,
): Finding {
  const words = {
    kind: 'account-number',
    field: 'accountNumber' as const,
    name: 'Account number',
    labels: 'Account number, Acct # or Customer number',
  };
  const gap = missing(words, order.accountNumber, record);
  if (gap || !record) return gap!;
  const { candidate, severity } = bestCandidate(record, (c) =>
    compareAccountNumbers(order.accountNumber, c),
  );
  return {
    id: words.kind,
    kind: words.kind,
    field: words.field,
    severity,
    record: { value: candidate.value, line: candidate.line },
    order: order.accountNumber,
    ...(severity === 'match' ? {} : { suggestion: accountKey(candidate.value) }),
    message:
      severity === 'match'
        ? `Account number: the same as the record's ${at(candidate)}.`
        : `Account number: the order has "${order.accountNumber}"; the carrier's record has ${at(candidate)}. Carriers reject an order whose account number differs: use the record's.${others(record, candidate)}`,
  };
}

export function btnFinding(
  order: CarrierRecordOrderView,
  record: RecordField | undefined,
): Finding {
  const words = {
    kind: 'btn',
    field: 'btn' as const,
    name: 'BTN',
    labels: 'BTN, ATN, Main number or Billing telephone number',
  };
  const gap = missing(words, order.btn, record);
  if (gap || !record) return gap!;
  const orderBtn = digitsToE164(order.btn);
  const { candidate, severity } = bestCandidate(record, (c) => {
    const btn = digitsToE164(c);
    return btn && btn === orderBtn ? 'match' : 'mismatch';
  });
  const recordBtn = digitsToE164(candidate.value);
  return {
    id: words.kind,
    kind: words.kind,
    field: words.field,
    severity,
    record: { value: candidate.value, line: candidate.line },
    order: order.btn,
    ...(severity === 'match' || !recordBtn ? {} : { suggestion: recordBtn }),
    message:
      severity === 'match'
        ? `BTN: the same as the record's ${at(candidate)}.`
        : recordBtn
          ? `BTN: the order has ${order.btn}; the carrier's record has ${recordBtn} ${at(candidate)}. The BTN must be the record's.${others(record, candidate)}`
          : `BTN: the record's ${at(candidate)} is not a 10-digit number; check the BTN on the carrier's record yourself.`,
  };
}

export function companyFinding(
  order: CarrierRecordOrderView,
  record: RecordField | undefined,
): Finding {
  const words = {
    kind: 'company-name',
    field: 'companyName' as const,
    name: 'Company name',
    labels: 'Billing name, Customer name or Listed name',
  };
  const gap = missing(words, order.companyName, record);
  if (gap || !record) return gap!;
  const { candidate, severity } = bestCandidate(record, (c) =>
    compareCompanyNames(order.companyName, c),
  );
  const message = {
    match: `Company name: the same as the record's ${at(candidate)}.`,
    writtenDifferently: `Company name: the same name as the record's ${at(candidate)}, written differently. Carriers compare the text: take the record's wording.`,
    mismatch: `Company name: the order has "${order.companyName}"; the carrier's record has ${at(candidate)}. Use the name exactly as the record has it.${others(record, candidate)}`,
  }[severity as 'match' | 'writtenDifferently' | 'mismatch'];
  return {
    id: words.kind,
    kind: words.kind,
    field: words.field,
    severity,
    record: { value: candidate.value, line: candidate.line },
    order: order.companyName,
    ...(severity === 'match' ? {} : { suggestion: candidate.value }),
    message,
  };
}

export function authorizedFinding(
  order: CarrierRecordOrderView,
  record: RecordField | undefined,
): Finding {
  const words = {
    kind: 'authorized-name',
    field: 'authorizedName' as const,
    name: 'Authorized person',
    labels: 'Authorized or Contact',
  };
  const gap = missing(words, order.authorizedName, record);
  if (gap || !record) return gap!;
  const { candidate, severity } = bestCandidate(record, (c) =>
    comparePersonNames(order.authorizedName, c),
  );
  const message = {
    match: `Authorized person: the same as the record's ${at(candidate)}.`,
    writtenDifferently: `Authorized person: the same person as the record's ${at(candidate)}, written differently; take the record's wording.`,
    mismatch: `Authorized person: the order names "${order.authorizedName}"; the carrier's record names ${record.candidates.map(at).join(', ')}. The carrier checks that the person who signs is authorized on the account: name one of them, or have the carrier add this person first.`,
  }[severity as 'match' | 'writtenDifferently' | 'mismatch'];
  return {
    id: words.kind,
    kind: words.kind,
    field: words.field,
    severity,
    record: { value: candidate.value, line: candidate.line },
    order: order.authorizedName,
    ...(severity === 'match' ? {} : { suggestion: candidate.value }),
    message,
  };
}
