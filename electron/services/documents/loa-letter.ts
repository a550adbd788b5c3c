import { accountFieldLabels, postalCodeLabel, regionLabel } from '@shared/order/field-labels';
import type { Country } from '@shared/schemas/country';
import type { LoaVersion } from '@shared/schemas/documents';
import type { Order } from '@shared/schemas/order';
import { type AccountAnswers, loaStatementIds } from '@shared/schemas/order-answers';
import { isValid, parseISO } from 'date-fns';

import { canadianEnglish, type LoaLabelId, type LoaWording, usEnglish } from './loa-wording';
import { canadianFrench } from './loa-wording-fr';

/** One labelled value of the letter's details block. */
export interface LoaField {
  label: string;
  value: string;
}

/** A text the admin typed, with the wizard field it came from, so a character the PDF cannot print is pointed at there. */
export interface LoaSource {
  field: keyof AccountAnswers | 'btn' | 'replacementBtn' | 'signature';
  name: string;
  text: string;
}

/** Every value the letter prints, already as text: the PDF builder only lays it out. */
export interface LoaLetter {
  version: LoaVersion;
  language: LoaWording['language'];
  title: string;
  intro: string;
  /** Company and account on every page, so a loose page can be matched to its letter. */
  headerLine: string;
  columns: [LoaField[], LoaField[]];
  statementsHeading: string;
  statements: string[];
  signature: {
    heading: string;
    typed: string;
    signatureLabel: string;
    date: string;
    dateLabel: string;
    name: string;
    nameLabel: string;
    title: string;
    titleLabel: string;
  };
  numbersHeading: string;
  numbersContinued: string;
  /** E.164, sorted by number: grouped by area code, then exchange, as a carrier reads its records. */
  numbers: string[];
  /** `{page}` and `{pages}` are filled in per page. */
  footer: string;
  metadata: { title: string; author: string; subject: string };
  /** The PDF's creation date (the signing, else the order's last change), so one order always gives the same bytes. */
  datedAt: string;
  sources: LoaSource[];
}

const wordings: Record<LoaVersion, LoaWording> = {
  'us-en': usEnglish,
  'ca-en': canadianEnglish,
  'ca-fr': canadianFrench,
};

/** The wizard's own field names (the app speaks English), for the message when a value cannot be printed. */
function fieldNames(country: Country | ''): Record<LoaSource['field'], string> {
  return {
    ...accountFieldLabels,
    carrierNeedsPin: accountFieldLabels.carrierPin,
    region: regionLabel(country),
    postalCode: postalCodeLabel(country),
    signature: 'Name under the signature',
  };
}

/** A calendar date or time the admin picked; '' or a half-typed value is printed as it is. */
function asDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const date = parseISO(iso);
  return isValid(date) ? date : undefined;
}

/** The letter of authorization for an order and its numbers, in one version. */
export function loaLetterFor(order: Order, numbers: string[], version: LoaVersion): LoaLetter {
  const w = wordings[version];
  const a = order.answers.account;
  const { btn, portType, leftBehind, replacementBtn } = order.answers.btn;
  const { desiredDate, startTime } = order.answers.details;
  const count = w.count(numbers.length);
  const field = (id: LoaLabelId, value: string): LoaField => ({
    label: w.labels[id],
    value: value.trim(),
  });
  const desired = asDate(desiredDate);
  const replacement = replacementBtn.trim();
  const takesBtn = portType === 'partial' && replacement !== '' && numbers.includes(btn.trim());
  // The signing date is the admin's calendar day: main runs on the admin's computer, so local time is theirs.
  const signed = asDate(order.signedAt);

  const left = [
    field('companyName', a.companyName),
    field('accountNumber', a.accountNumber),
    // A partial port that takes the BTN: the carrier must read that the BTN goes, and what replaces it.
    field('btn', takesBtn ? w.btnPorted(btn.trim()) : btn),
    field('carrierName', a.carrierName),
    field('street', a.street),
    field('city', a.city),
    field('region', w.regionName(a.region)),
    field('postalCode', a.postalCode),
  ];
  const right = [
    field('authName', a.authName),
    field('authTitle', a.authTitle),
    field('authPhone', a.authPhone),
    field('authEmail', a.authEmail),
    field('portType', portType === '' ? '' : w.portTypes[portType]),
    ...(portType === 'partial'
      ? [field('leftBehind', leftBehind === '' ? '' : w.leftBehind[leftBehind])]
      : []),
    ...(takesBtn ? [field('replacementBtn', w.replacementBtn(replacement))] : []),
    field('desiredDate', desired ? w.transferDate(desired, startTime) : desiredDate),
    field('count', count),
  ];

  const names = fieldNames(order.answers.getStarted.country);
  const typed = (
    [
      'carrierName',
      'accountNumber',
      'btn',
      'companyName',
      'authName',
      'authTitle',
      'authPhone',
      'authEmail',
      'street',
      'city',
      'region',
      'postalCode',
    ] as const
  ).map((id): LoaSource => ({ field: id, name: names[id], text: id === 'btn' ? btn : a[id] }));
  if (takesBtn)
    typed.push({ field: 'replacementBtn', name: names.replacementBtn, text: replacement });
  // The typed name is printed under the blank line the authorized user signs by hand.
  const signature = order.answers.authorize.signature.trim();

  return {
    version,
    language: w.language,
    title: w.title,
    intro: w.intro(a.companyName.trim(), a.carrierName.trim()),
    headerLine: w.headerLine(a.companyName.trim(), a.accountNumber.trim()),
    columns: [left, right],
    statementsHeading: w.statementsHeading,
    statements: loaStatementIds.map((id) => w.statements[id]),
    signature: {
      heading: w.signature.heading,
      // Never a typed "/s/ Name": the line stays blank for the hand signature.
      typed: '',
      signatureLabel: w.signature.signature,
      date: signed ? w.longDate(signed) : '',
      dateLabel: w.signature.date,
      name: signature || a.authName.trim(),
      nameLabel: w.signature.name,
      title: a.authTitle.trim(),
      titleLabel: w.signature.title,
    },
    numbersHeading: w.numbersHeading(count),
    numbersContinued: w.numbersContinued,
    // Every number is +1 and ten digits: text order is number order.
    numbers: [...numbers].sort(),
    footer: w.footer,
    metadata: {
      title: `${w.title} – ${a.companyName.trim()}`,
      author: a.companyName.trim(),
      subject: w.subject(count, a.carrierName.trim()),
    },
    datedAt: order.signedAt ?? order.updatedAt,
    sources: [...typed, { field: 'signature', name: names.signature, text: signature }],
  };
}
