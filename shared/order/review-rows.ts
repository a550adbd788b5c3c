import { format } from 'date-fns';

import { parseIsoDate } from '../calendar/business-days';
import { countryWords } from '../schemas/country';
import type { Order } from '../schemas/order';
import { assignedToWords, numberGroupWords, numberTypeWords } from './answer-words';
import { shortFieldLabels as label } from './field-labels';
import { regionsByCountry } from './regions';
import { checklistItems, loaStatements } from './statements';
import type { AnswerStepId } from './steps';
import { startTimes } from './transfer-times';

export interface ReviewRow {
  field: string;
  label: string;
  value: string;
}

const none = 'Not answered';
const or = (value: string) => (value.trim() === '' ? none : value);
const pick = (value: string, words: Record<string, string>) => words[value] ?? none;
const ticked = (ids: string[], all: Record<string, string>) =>
  `${ids.length} of ${Object.keys(all).length} confirmed`;

/** Every answer of a step as label and value, the way Review shows it. */
export function reviewRows(order: Order): Record<AnswerStepId, ReviewRow[]> {
  const { getStarted, location, account: a, numbers, transfer, loa } = order.answers;
  const region =
    location.country === '' ? a.region : (regionsByCountry[location.country][a.region] ?? a.region);
  const date = parseIsoDate(transfer.desiredDate);
  return {
    getStarted: [
      {
        field: 'checklist',
        label: 'Checklist',
        value: ticked(getStarted.checklist, checklistItems),
      },
    ],
    location: [
      {
        field: 'country',
        label: 'Country or region',
        value: location.country === '' ? none : countryWords[location.country].name,
      },
      {
        field: 'numberType',
        label: 'Number type',
        value: location.numberType === '' ? none : numberTypeWords[location.numberType].label,
      },
      {
        field: 'assignedTo',
        label: 'Assigned to',
        value: location.assignedTo === '' ? none : assignedToWords[location.assignedTo].label,
      },
    ],
    account: [
      { field: 'orderName', label: label.orderName, value: or(a.orderName) },
      { field: 'carrierName', label: label.carrierName, value: or(a.carrierName) },
      { field: 'accountNumber', label: label.accountNumber, value: or(a.accountNumber) },
      { field: 'btn', label: label.btn, value: or(a.btn) },
      {
        field: 'carrierPin',
        label: label.carrierPin,
        value:
          a.carrierNeedsPin || a.includesMobile
            ? order.carrierPinSet
              ? 'Saved (encrypted)'
              : 'Needed, not saved'
            : 'Not needed',
      },
      { field: 'companyName', label: label.companyName, value: or(a.companyName) },
      {
        field: 'authName',
        label: label.authName,
        value:
          [a.authName, a.authTitle, a.authPhone, a.authEmail].filter(Boolean).join(', ') || none,
      },
      {
        field: 'street',
        label: 'Service address',
        value:
          [a.street, a.city, `${region} ${a.postalCode}`.trim()].filter(Boolean).join(', ') || none,
      },
      {
        field: 'notificationEmails',
        label: label.notificationEmails,
        value: or(a.notificationEmails),
      },
    ],
    numbers: [
      {
        field: 'portType',
        label: 'Port type',
        value: pick(numbers.portType, {
          full: 'Full port (all numbers)',
          partial: 'Partial port (some numbers)',
        }),
      },
      ...(numbers.portType === 'partial'
        ? [
            {
              field: 'leftBehind',
              label: 'Numbers left behind',
              value: pick(numbers.leftBehind, {
                keep: 'Stay with the current carrier',
                disconnect: 'Disconnected',
              }),
            },
          ]
        : []),
      { field: 'numbers', label: 'Numbers', value: numbersWords(order) },
    ],
    transfer: [
      {
        field: 'desiredDate',
        label: 'Desired date',
        value: date ? format(date, 'EEEE, MMMM d, yyyy') : none,
      },
      {
        field: 'startTime',
        label: 'Start time',
        value:
          startTimes.find((t) => t.value === transfer.startTime)?.label.concat(' Eastern') ?? none,
      },
    ],
    loa: [
      { field: 'statements', label: 'Statements', value: ticked(loa.statements, loaStatements) },
      {
        field: 'signature',
        label: 'Signature',
        value:
          loa.signature.trim() === ''
            ? none
            : `${loa.signature}${order.signedAt ? `, signed ${format(new Date(order.signedAt), 'MMMM d, yyyy')}` : ''}`,
      },
    ],
  };
}

function numbersWords({ numbers: n }: Order): string {
  if (n.total === 0) return none;
  const groups = n.groups.map((g) => numberGroupWords(g));
  const problems = [
    n.errors ? `${n.errors} with errors` : '',
    n.duplicates ? `${n.duplicates} repeated` : '',
  ].filter(Boolean);
  return [`${n.total.toLocaleString('en-US')} in all`, ...groups, ...problems].join(', ');
}
