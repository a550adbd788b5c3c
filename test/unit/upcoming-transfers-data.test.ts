import {
  columnOf,
  upcomingByDay,
  upcomingSummary,
} from '@renderer/features/order-list/upcoming-transfers-data';
import { describe, expect, it } from 'vitest';

import { all, draft2, names, order, seattle } from '../support/order-summaries';

describe('the upcoming transfers chart', () => {
  const today = new Date(2026, 10, 23, 10, 0);
  it('keeps transfers from today to 8 weeks out, not of finished orders, grouped by day and by name', () => {
    const late = order({ name: 'Late', transferDate: '2027-01-18', transferDateKind: 'desired' });
    const todayOrder = order({
      name: 'Today',
      status: 'transferPending',
      transferDate: '2026-11-23',
      transferDateKind: 'foc',
    });
    const days = upcomingByDay([...all, late, todayOrder], today);
    expect(days.map((d) => [d.day, d.label, names(d.transfers)])).toEqual([
      [0, 'Mon, Nov 23', ['Today']],
      [8, 'Tue, Dec 1', ['Denver help desk']],
      [15, 'Tue, Dec 8', ['Seattle help desk 2', 'Seattle main office']],
    ]);
    expect(days[1]!.transfers[0]!.kind).toBe('foc');
    // Weekdays only: Tue, Dec 1 is the 7th weekday from Monday, Nov 23 (column 6).
    expect(days.map((d) => d.column)).toEqual([0, 6, 11]);
  });
  it("gives a weekend day the next Monday's column, and stays within the 40 weekday columns", () => {
    const start = new Date(2026, 10, 23);
    expect([columnOf(start, 5), columnOf(start, 6), columnOf(start, 7)]).toEqual([5, 5, 5]);
    expect(columnOf(start, 55)).toBe(39);
  });
  it('sums the chart up, naming the next transfer', () => {
    expect(upcomingSummary(upcomingByDay(all, today))).toBe(
      '3 transfers in the next 8 weeks, the next on Tue, Dec 1: Denver help desk',
    );
    expect(upcomingSummary(upcomingByDay([draft2, seattle], today))).toBe(
      '2 transfers in the next 8 weeks, the next on Tue, Dec 8: Seattle help desk 2 and Seattle main office',
    );
    expect(upcomingSummary([])).toBe('No transfers in the next 8 weeks');
  });
});
