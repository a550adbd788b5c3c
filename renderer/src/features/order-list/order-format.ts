import { parseIsoDate } from '@shared/calendar/business-days';
import { numberTypeWords } from '@shared/order/answer-words';
import { countryWords } from '@shared/schemas/country-words';
import type { OrderStatus } from '@shared/schemas/order';
import { format, formatDistanceToNowStrict } from 'date-fns';

/** An order's country in its table column: "US" rather than "United States" keeps the column narrow. */
export function countryColumn(country: string): string | undefined {
  return country === 'US' || country === 'CA' ? countryWords[country].short : undefined;
}

/** An order's number type in its table column. */
export function numberTypeColumn(type: string): string | undefined {
  return type === 'geographic' || type === 'tollFree' ? numberTypeWords[type].label : undefined;
}

/** A `yyyy-MM-dd` day in full, e.g. "Tue, Dec 8, 2026"; '' when there is none. */
export function formatDay(iso: string): string {
  const day = parseIsoDate(iso);
  return day ? format(day, 'EEE, MMM d, yyyy') : '';
}

/** When an order last changed, relative to now: "just now", "3 days ago". */
export function formatChange(iso: string): string {
  const at = new Date(iso);
  // Under a minute, "0 seconds ago" reads like a glitch.
  return Date.now() - at.getTime() < 60_000
    ? 'just now'
    : formatDistanceToNowStrict(at, { addSuffix: true });
}

// One formatter, not one per call as `Date.toLocaleString` makes (each row has one), made
// again when the computer's time zone changes, as toLocaleString would follow it.
let moment: { offset: number; format: Intl.DateTimeFormat } | undefined;

/** An instant in full, local time, as `toLocaleString('en-US')` writes it: "12/1/2026, 10:54:50 AM". */
export function formatMoment(iso: string): string {
  const offset = new Date().getTimezoneOffset();
  if (moment?.offset !== offset) {
    const parts = { year: 'numeric', month: 'numeric', day: 'numeric' } as const;
    const time = { hour: 'numeric', minute: '2-digit', second: '2-digit' } as const;
    moment = { offset, format: new Intl.DateTimeFormat('en-US', { ...parts, ...time }) };
  }
  return moment.format.format(new Date(iso));
}

/** A day without its year, for the chart, e.g. "Tue, Dec 8". */
export function formatShortDay(day: Date): string {
  return format(day, 'EEE, MMM d');
}

/** Fluent Badge colours, one per group of statuses, so a glance down the column tells the groups apart. */
export const statusColor: Record<
  OrderStatus,
  'informative' | 'brand' | 'warning' | 'important' | 'success' | 'danger' | 'subtle'
> = {
  draft: 'informative',
  ready: 'brand',
  processing: 'brand',
  contactingCarrier: 'brand',
  transferApproved: 'warning',
  transferPending: 'important',
  completed: 'success',
  error: 'danger',
  cancelled: 'subtle',
  customerActionRequired: 'danger',
  supportEngaged: 'important',
};
