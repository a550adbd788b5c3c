import { isWeekend, parseIsoDate } from '@shared/calendar/business-days';
import { countWords } from '@shared/count-words';
import type { OrderStatus, OrderSummary } from '@shared/schemas/order';
import { addDays, differenceInCalendarDays, startOfDay } from 'date-fns';

import { formatShortDay } from './order-format';

/** The chart's window: today and the 8 weeks after it. */
export const upcomingDays = 56;
/** Its columns: the weekdays of those 8 weeks. Carriers port on business days only, so weekends take no room. */
export const upcomingColumns = 40;

/** One order's transfer inside the window: `day` counts from today (0). */
export interface UpcomingTransfer {
  id: string;
  name: string;
  iso: string;
  day: number;
  kind: 'foc' | 'desired';
}

/** The transfers of one day, by name. */
export interface TransferDay {
  day: number;
  /** The day's weekday column, from 0 (a weekend day, which no carrier ports on, shares the next Monday's). */
  column: number;
  date: Date;
  label: string;
  transfers: UpcomingTransfer[];
}

// These will not transfer (or already did): a date they still carry is no longer upcoming.
const over = new Set<OrderStatus>(['completed', 'error', 'cancelled']);
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The transfers due from today to 8 weeks out, grouped by day, soonest first. */
export function upcomingByDay(orders: readonly OrderSummary[], today: Date): TransferDay[] {
  const start = startOfDay(today);
  const days = new Map<number, UpcomingTransfer[]>();
  for (const order of orders) {
    if (over.has(order.status) || order.transferDateKind === 'none') continue;
    const date = parseIsoDate(order.transferDate);
    const day = date ? differenceInCalendarDays(date, start) : -1;
    if (day < 0 || day >= upcomingDays) continue;
    const list = days.get(day) ?? [];
    list.push({
      id: order.id,
      name: order.name,
      iso: order.transferDate,
      day,
      kind: order.transferDateKind,
    });
    days.set(day, list);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, transfers]) => {
      const date = addDays(start, day);
      const column = columnOf(start, day);
      return {
        day,
        column,
        date,
        label: formatShortDay(date),
        transfers: transfers.sort((a, b) => collator.compare(a.name, b.name)),
      };
    });
}

/** The weekday column of the day `day` days after `start`: the weekdays before it. */
export function columnOf(start: Date, day: number): number {
  let column = 0;
  for (let d = 0; d < day; d++) if (!isWeekend(addDays(start, d))) column += 1;
  return Math.min(column, upcomingColumns - 1);
}

/** The chart in one sentence, e.g. "3 transfers in the next 8 weeks, the next on Tue, Dec 8: Contoso main". */
export function upcomingSummary(days: readonly TransferDay[]): string {
  const total = days.reduce((n, d) => n + d.transfers.length, 0);
  const first = days[0];
  if (!first) return 'No transfers in the next 8 weeks';
  const names = first.transfers.map((t) => t.name);
  const who =
    names.length <= 2
      ? names.join(' and ')
      : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
  return `${countWords(total)} transfer${total === 1 ? '' : 's'} in the next 8 weeks, the next on ${first.label}: ${who}`;
}
