import { format } from 'date-fns';

import { parseIsoDate } from '../calendar/business-days';
import { countryWords } from '../schemas/country';
import type { Order } from '../schemas/order';
import { numberGroupWords, numberTypeWords, usageWords } from './answer-words';
import { shortFieldLabels as label } from './field-labels';
import { canEditAnswers } from './lifecycle';
import { regionsByCountry } from './regions';
import { accountWarnings } from './rules/account-rules';
import { authorizeWarnings } from './rules/authorize-rules';
import { detailsWarnings } from './rules/details-rules';
import { documentsWarnings } from './rules/documents-rules';
import { checklistItems, loaStatements } from './statements';
import type { AnswerStepId } from './steps';
import { clock12 } from './transfer-times';

export interface ReviewRow {
  field: string;
  label: string;
  value: string;
  /** Not an error: what the admin should know before submitting (a name the admin center cuts, an old bill...). */
  warning?: string;
}

const none = 'Not answered';
const or = (value: string) => (value.trim() === '' ? none : value);
const pick = (value: string, words: Record<string, string>) => words[value] ?? none;
const ticked = (ids: string[], all: Record<string, string>) =>
  `${ids.length} of ${Object.keys(all).length} confirmed`;
const longDate = (iso: string) => {
  const date = parseIsoDate(iso);
  return date ? format(date, 'EEEE, MMMM d, yyyy') : none;
};

/** Every answer of a step as label and value, the way Review and Summary.txt show it, with its warnings. */
export function reviewRows(order: Order, today = new Date()): Record<AnswerStepId, ReviewRow[]> {
  const { getStarted, numbers, btn, account: a, documents, details, authorize } = order.answers;
  const { country } = getStarted;
  const region = country === '' ? a.region : (regionsByCountry[country][a.region] ?? a.region);
  const warnings = Object.fromEntries(accountWarnings(a).map((w) => [w.field, w.message]));
  const docWarnings = documentsWarnings(documents, order.documents, today);
  const usageChanges = Object.keys(numbers.usageByNumber).length;
  return {
    getStarted: [
      {
        field: 'country',
        label: 'Country or region',
        value: country === '' ? none : countryWords[country].name,
      },
      {
        field: 'checklist',
        label: 'Checklist',
        value: ticked(getStarted.checklist, checklistItems),
      },
    ],
    numbers: [
      { field: 'numbers', label: 'Numbers', value: numbersWords(order) },
      {
        field: 'numberType',
        label: 'Number type',
        value: numbers.numberType === '' ? none : numberTypeWords[numbers.numberType].label,
      },
      {
        field: 'usage',
        label: 'Usage',
        value:
          (numbers.usage === '' ? none : usageWords[numbers.usage].label) +
          (usageChanges > 0
            ? `; ${usageChanges} number${usageChanges === 1 ? '' : 's'} changed: ${Object.entries(
                numbers.usageByNumber,
              )
                .map(([n, u]) => `${n} ${usageWords[u].label}`)
                .join(', ')}`
            : ''),
      },
      {
        field: 'includesMobile',
        label: 'Mobile numbers',
        value: numbers.includesMobile ? 'Some are mobile' : 'None',
      },
    ],
    btn: [
      { field: 'btn', label: label.btn, value: or(btn.btn) },
      {
        field: 'portType',
        label: 'Port type',
        value: pick(btn.portType, {
          full: 'Full port (all numbers)',
          partial: 'Partial port (some numbers)',
        }),
      },
      ...(btn.portType === 'partial'
        ? [
            {
              field: 'leftBehind',
              label: 'Numbers left behind',
              value: pick(btn.leftBehind, {
                keep: 'Stay with the current carrier',
                disconnect: 'Disconnected',
              }),
            },
            {
              field: 'replacementBtn',
              label: label.replacementBtn,
              value: btn.replacementBtn.trim() === '' ? 'None (the BTN stays)' : btn.replacementBtn,
            },
          ]
        : []),
    ],
    account: [
      {
        field: 'companyName',
        label: label.companyName,
        value: or(a.companyName),
        warning: warnings['companyName'],
      },
      { field: 'carrierName', label: label.carrierName, value: or(a.carrierName) },
      { field: 'accountNumber', label: label.accountNumber, value: or(a.accountNumber) },
      {
        field: 'carrierPin',
        label: label.carrierPin,
        value:
          a.carrierNeedsPin || numbers.includesMobile
            ? order.carrierPinSet
              ? 'Saved (encrypted)'
              : 'Needed, not saved'
            : 'Not needed',
      },
      {
        field: 'authName',
        label: label.authName,
        value:
          [a.authName, a.authTitle, a.authPhone, a.authEmail].filter(Boolean).join(', ') || none,
        warning: warnings['authName'],
      },
      {
        field: 'street',
        label: 'Service address',
        value:
          [a.street, a.city, `${region} ${a.postalCode}`.trim()].filter(Boolean).join(', ') || none,
      },
    ],
    documents: [
      {
        field: 'documents',
        label: 'Documents',
        value:
          order.documents.length === 0
            ? 'None attached'
            : order.documents.map((d) => d.fileName).join(', '),
        warning: docWarnings.find((w) => w.field === 'documents')?.message,
      },
      {
        field: 'billDate',
        label: 'Bill date',
        value: documents.billDate === '' ? none : longDate(documents.billDate),
        warning: docWarnings.find((w) => w.field === 'billDate')?.message,
      },
    ],
    details: [
      { field: 'orderName', label: label.orderName, value: or(details.orderName) },
      { field: 'requester', label: label.requester, value: or(details.requester) },
      {
        field: 'notificationEmails',
        label: label.notificationEmails,
        value: or(details.notificationEmails),
      },
      {
        field: 'desiredDate',
        label: 'Desired date',
        value: longDate(details.desiredDate),
        // Advice for the date still to ask for: once submitted, the date has been asked.
        warning: canEditAnswers(order.status)
          ? detailsWarnings(details, { today, numbers: order.numbers })[0]?.message
          : undefined,
      },
      {
        field: 'startTime',
        label: 'Start time',
        value: /^\d{2}:\d{2}$/.test(details.startTime)
          ? `${clock12(details.startTime)} Eastern`
          : none,
      },
    ],
    authorize: [
      {
        field: 'method',
        label: 'How the authorized user signs',
        value: pick(authorize.method, {
          eSignature: `E-signature request from the admin center${authorize.eSignatureSentOn ? `, sent ${longDate(authorize.eSignatureSentOn)}` : ''}`,
          letter: 'The letter, signed by hand and uploaded',
        }),
        warning: authorizeWarnings(authorize)[0]?.message,
      },
      ...(authorize.method === 'letter'
        ? [
            {
              field: 'statements',
              label: 'Statements',
              value: ticked(authorize.statements, loaStatements),
            },
            {
              field: 'signature',
              label: 'Name under the signature',
              value: or(authorize.signature),
            },
          ]
        : []),
    ],
  };
}

/** The list in figures and words, with its numbers written out when there are few enough to read. */
function numbersWords({ numbers: n }: Order): string {
  if (n.total === 0) return none;
  const groups = n.groups.map((g) => numberGroupWords(g));
  const problems = [
    n.errors ? `${n.errors} with errors` : '',
    n.duplicates ? `${n.duplicates} repeated` : '',
    n.warnings ? `${n.warnings} with a warning (an extension is dropped)` : '',
  ].filter(Boolean);
  return [`${n.total.toLocaleString('en-US')} in all`, ...groups, ...problems].join(', ');
}
