import { digitsToE164 } from '@shared/numbers/nanp';

import { blockingFeatures, featureNames } from './features';
import {
  type CarrierRecord,
  type CarrierRecordOrderView,
  type FeatureId,
  featureIds,
  type Finding,
} from './types';

/** A list for a message: the first ten numbers, then how many more. */
export function listed(numbers: readonly string[]): string {
  const shown = numbers.slice(0, 10).join(', ');
  return numbers.length > 10 ? `${shown} and ${numbers.length - 10} more` : shown;
}
const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The order's numbers against the record's list: not on the account, left behind, the BTN rules. */
export function numberFindings(
  order: CarrierRecordOrderView,
  numbers: readonly string[],
  record: CarrierRecord,
): Finding[] {
  if (record.numbers.length === 0)
    return [
      {
        id: 'record-numbers',
        kind: 'record-numbers',
        field: 'numbers',
        severity: 'missing',
        message:
          "Numbers: the record lists no phone numbers, so the order's numbers could not be checked against the account. Check them on the carrier's record yourself.",
      },
    ];
  const onRecord = new Map(record.numbers.map((n) => [n.e164, n]));
  const ported = new Set(numbers);
  const findings: Finding[] = [];
  const notOnAccount = numbers.filter((n) => !onRecord.has(n));
  const leftBehind = record.numbers.filter((n) => !ported.has(n.e164)).map((n) => n.e164);
  if (notOnAccount.length > 0)
    findings.push({
      id: 'numbers-not-on-account',
      kind: 'numbers-not-on-account',
      field: 'numbers',
      severity: 'mismatch',
      numbers: notOnAccount,
      message: `Numbers: ${count(notOnAccount.length, 'number')} of the order ${notOnAccount.length === 1 ? 'is' : 'are'} not on this account in the carrier's record: ${listed(notOnAccount)}. The carrier will reject ${notOnAccount.length === 1 ? 'it' : 'them'}: remove ${notOnAccount.length === 1 ? 'it' : 'them'}, or port ${notOnAccount.length === 1 ? 'it' : 'them'} in an order for the account ${notOnAccount.length === 1 ? 'it is' : 'they are'} on.`,
    });
  else
    findings.push({
      id: 'numbers-on-account',
      kind: 'numbers-on-account',
      field: 'numbers',
      severity: 'match',
      numbers: [],
      message: `Numbers: all ${count(numbers.length, 'number')} of the order are on this account in the carrier's record.`,
    });
  if (order.portType === 'full' && leftBehind.length > 0)
    findings.push({
      id: 'full-port-leaves-numbers',
      kind: 'full-port-leaves-numbers',
      field: 'portType',
      severity: 'mismatch',
      order: 'full',
      numbers: leftBehind,
      message: `Port type: this is a full port, but the record has ${count(leftBehind.length, 'more number')} on the account that the order does not take: ${listed(leftBehind)}. A port that leaves numbers behind is a partial port: add them, or make it a partial port and say what happens to them.`,
    });
  if (order.portType === 'partial' && leftBehind.length === 0 && numbers.length > 0)
    findings.push({
      id: 'partial-port-takes-all',
      kind: 'partial-port-takes-all',
      field: 'portType',
      severity: 'mismatch',
      order: 'partial',
      message: `Port type: this is a partial port, but it takes all ${count(record.numbers.length, 'number')} on the account in the carrier's record. A port that takes every number is a full port: make it one.`,
    });
  if (order.portType === 'partial' && leftBehind.length > 0 && notOnAccount.length < numbers.length)
    findings.push({
      id: 'numbers-left-behind',
      kind: 'numbers-left-behind',
      field: 'portType',
      severity: 'match',
      order: 'partial',
      numbers: leftBehind,
      message: `Port type: a partial port; ${count(leftBehind.length, 'number')} stay${leftBehind.length === 1 ? 's' : ''} with the carrier: ${listed(leftBehind)}.`,
    });
  findings.push(...btnRules(order, ported, onRecord, record));
  return findings;
}

/** The BTN on the record's list; in a partial port that takes it, a replacement BTN that stays. */
function btnRules(
  order: CarrierRecordOrderView,
  ported: ReadonlySet<string>,
  onRecord: ReadonlyMap<string, unknown>,
  record: CarrierRecord,
): Finding[] {
  const findings: Finding[] = [];
  const orderBtn = digitsToE164(order.btn);
  const recordBtn = record.fields.btn ? digitsToE164(record.fields.btn.value) : undefined;
  if (orderBtn && !onRecord.has(orderBtn) && orderBtn !== recordBtn)
    findings.push({
      id: 'btn-not-on-account',
      kind: 'btn-not-on-account',
      field: 'btn',
      severity: 'mismatch',
      order: order.btn,
      message: `BTN: ${orderBtn} is not on this account in the carrier's record. The BTN is the account's main number: use the record's.`,
    });
  if (order.portType !== 'partial') return findings;
  const btn = recordBtn ?? orderBtn;
  const replacement = order.replacementBtn?.trim()
    ? (digitsToE164(order.replacementBtn) ?? order.replacementBtn)
    : '';
  const base = { id: 'replacement-btn', kind: 'replacement-btn', field: 'replacementBtn' as const };
  if (!btn || !ported.has(btn)) {
    if (replacement)
      findings.push({
        ...base,
        severity: 'warning',
        order: replacement,
        message: `Replacement BTN: this partial port leaves the BTN ${btn ?? ''} with the carrier, so no replacement BTN is needed.`,
      });
    return findings;
  }
  if (!replacement)
    findings.push({
      ...base,
      severity: 'missing',
      numbers: [btn],
      message: `Replacement BTN: this partial port takes the BTN ${btn}; give a replacement BTN, one of the numbers that stay with the carrier.`,
    });
  else if (!onRecord.has(replacement))
    findings.push({
      ...base,
      severity: 'mismatch',
      order: replacement,
      message: `Replacement BTN: ${replacement} is not on this account in the carrier's record; choose one of the numbers that stay with the carrier.`,
    });
  else if (ported.has(replacement))
    findings.push({
      ...base,
      severity: 'mismatch',
      order: replacement,
      message: `Replacement BTN: ${replacement} is one of the numbers this order takes; choose one that stays with the carrier.`,
    });
  else
    findings.push({
      ...base,
      severity: 'match',
      order: replacement,
      message: `Replacement BTN: ${replacement} is on the account and stays with the carrier.`,
    });
  return findings;
}

const featureAdvice: Record<FeatureId, string> = {
  huntGroup:
    'Ask the carrier to remove the hunt group before submitting: carriers reject the port of a number in a hunt group.',
  distinctiveRing:
    'Ask the carrier to remove distinctive ring before submitting: carriers reject the port of a number that has it.',
  dsl: 'Porting the number ends the DSL service on its line: arrange the internet service first.',
  alarm:
    'An alarm panel dials out on this line; after the port it will no longer reach the alarm company. Check with them first.',
  fax: 'Teams Calling Plans carry no fax: plan how faxes will be received before porting.',
  remoteCallForwarding:
    'A remote call forwarding number has no line of its own; check that the carrier ports it as a number.',
};

/** Features on the numbers the order takes: hunt groups and distinctive ring block the port; the rest are named. */
export function featureFindings(numbers: readonly string[], record: CarrierRecord): Finding[] {
  const ported = new Set(numbers);
  const findings: Finding[] = [];
  for (const feature of featureIds) {
    const withIt = record.numbers.filter(
      (n) => ported.has(n.e164) && n.features.some((f) => f.feature === feature),
    );
    if (withIt.length === 0) continue;
    const first = withIt[0]!.features.find((f) => f.feature === feature)!;
    const blocking = blockingFeatures.has(feature);
    findings.push({
      id: `feature-${feature}`,
      kind: blocking ? 'feature-must-be-removed' : 'feature-named',
      field: 'numbers',
      severity: blocking ? 'mismatch' : 'warning',
      record: { value: first.text, line: first.line },
      numbers: withIt.map((n) => n.e164),
      message: `${featureNames[feature][0]!.toUpperCase()}${featureNames[feature].slice(1)}: the record shows it on ${listed(withIt.map((n) => n.e164))} (line ${first.line}: "${first.text}"). ${featureAdvice[feature]}`,
    });
  }
  return findings;
}
