import { regionsByCountry } from '@shared/order/regions';
import { loaStatements } from '@shared/order/statements';
import type { loaStatementIds } from '@shared/schemas/order-answers';
import type { Locale } from 'date-fns';
import { format } from 'date-fns';
import { enCA, enUS } from 'date-fns/locale';

type StatementId = (typeof loaStatementIds)[number];
export type LoaLabelId =
  | 'companyName'
  | 'accountNumber'
  | 'btn'
  | 'carrierName'
  | 'street'
  | 'city'
  | 'region'
  | 'postalCode'
  | 'authName'
  | 'authTitle'
  | 'authPhone'
  | 'authEmail'
  | 'portType'
  | 'leftBehind'
  | 'replacementBtn'
  | 'desiredDate'
  | 'count';

/** Everything a letter says that is not the customer's own data, in one language. */
export interface LoaWording {
  language: 'en-US' | 'en-CA' | 'fr-CA';
  title: string;
  intro: (company: string, carrier: string) => string;
  headerLine: (company: string, account: string) => string;
  labels: Record<LoaLabelId, string>;
  portTypes: { full: string; partial: string };
  leftBehind: { keep: string; disconnect: string };
  /** A partial port that takes the BTN: the BTN as ported, and its replacement for the numbers left on the account. */
  btnPorted: (btn: string) => string;
  replacementBtn: (replacement: string) => string;
  statementsHeading: string;
  statements: Record<StatementId, string>;
  signature: { heading: string; signature: string; date: string; name: string; title: string };
  numbersHeading: (count: string) => string;
  numbersContinued: string;
  /** `{page}` and `{pages}` are filled in when the pages are laid out. */
  footer: string;
  subject: (count: string, carrier: string) => string;
  regionName: (code: string) => string;
  longDate: (date: Date) => string;
  transferDate: (date: Date, time: string) => string;
  count: (n: number) => string;
}

/** Thousands grouped by hand: Intl's French output uses U+202F, which the standard PDF fonts cannot print. */
export function groupDigits(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** "09:00" as "9:00 AM", the way the wizard's start-time list shows it. */
function clock12(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

function english(country: 'US' | 'CA', locale: Locale): LoaWording {
  const us = country === 'US';
  return {
    language: us ? 'en-US' : 'en-CA',
    title: 'Letter of Authorization to Port Telephone Numbers',
    intro: (company, carrier) =>
      `${company} (the customer) authorizes Microsoft and its agents to port the telephone numbers listed in this letter ` +
      `from ${carrier}, the customer's current carrier, to Microsoft Teams Calling Plans, and to act for the customer ` +
      `with the current carrier to complete the port. The details below are those on the current carrier's customer service record.`,
    headerLine: (company, account) => `${company} · Account number ${account}`,
    labels: {
      companyName: 'Company name',
      accountNumber: 'Account number',
      btn: 'Billing telephone number (BTN)',
      carrierName: 'Current carrier',
      street: 'Service address',
      city: 'City',
      region: us ? 'State' : 'Province or territory',
      postalCode: us ? 'ZIP code' : 'Postal code',
      authName: 'Authorizing person',
      authTitle: 'Title',
      authPhone: 'Phone',
      authEmail: 'E-mail',
      portType: 'Port type',
      leftBehind: 'Numbers not ported',
      replacementBtn: 'Replacement BTN',
      desiredDate: 'Desired transfer date',
      count: 'Numbers to transfer',
    },
    portTypes: {
      full: 'Full: every number on the account is ported',
      partial: 'Partial: only the numbers listed are ported',
    },
    leftBehind: {
      keep: 'Stay in service with the current carrier',
      disconnect: 'To be disconnected by the current carrier',
    },
    btnPorted: (btn) => `${btn} (ported with the numbers)`,
    replacementBtn: (replacement) => `${replacement}, for the numbers not ported`,
    statementsHeading: 'Authorization',
    // The same sentences the admin ticked in the wizard, so the letter says what was agreed to.
    statements: loaStatements,
    signature: {
      heading: 'Signature',
      signature: 'Signature of the authorizing person',
      date: 'Date',
      name: 'Name',
      title: 'Title',
    },
    numbersHeading: (count) => `Numbers to transfer (${count})`,
    numbersContinued: 'Numbers to transfer (continued)',
    footer: 'Page {page} of {pages}',
    subject: (count, carrier) =>
      `Port of ${count} telephone numbers from ${carrier} to Microsoft Teams`,
    regionName: (code) => regionsByCountry[country][code] ?? code,
    longDate: (date) => format(date, 'MMMM d, yyyy', { locale }),
    transferDate: (date, time) =>
      `${format(date, 'MMMM d, yyyy', { locale })}${time ? `, ${clock12(time)} Eastern time` : ''}`,
    count: (n) => groupDigits(n, ','),
  };
}

export const usEnglish = english('US', enUS);
export const canadianEnglish = english('CA', enCA);
