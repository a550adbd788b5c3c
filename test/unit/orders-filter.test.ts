import {
  countByStatus,
  defaultSort,
  filterOrders,
  nextSort,
  sortOrders,
} from '@renderer/features/order-list/orders-filter';
import {
  columnOf,
  upcomingByDay,
  upcomingSummary,
} from '@renderer/features/order-list/upcoming-transfers-data';
import type { OrderSummary } from '@shared/schemas/order';
import { describe, expect, it } from 'vitest';

let next = 0;
function order(o: Partial<OrderSummary>): OrderSummary {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    name: `Order ${next}`,
    status: 'draft',
    country: 'US',
    numberType: 'geographic',
    carrierName: 'Northwind Telecom',
    companyName: 'Contoso',
    microsoftOrderId: '',
    transferDate: '',
    transferDateKind: 'none',
    stepsComplete: 2,
    stepsTotal: 6,
    numberCount: 1,
    lastStep: 'account',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...o,
  };
}

const seattle = order({
  name: 'Seattle main office',
  carrierName: 'Fabrikam Voice',
  status: 'processing',
  microsoftOrderId: 'MSPO-0104729',
  transferDate: '2026-12-08',
  transferDateKind: 'desired',
  numberCount: 40,
  updatedAt: '2026-11-20T09:00:00.000Z',
});
const denver = order({
  name: 'Denver help desk',
  companyName: 'Trey Research',
  status: 'transferApproved',
  transferDate: '2026-12-01',
  transferDateKind: 'foc',
  numberCount: 900,
  updatedAt: '2026-11-22T09:00:00.000Z',
});
const austin = order({
  name: 'austin branch',
  carrierName: '',
  status: 'completed',
  transferDate: '2026-10-01',
  transferDateKind: 'foc',
  numberCount: 5,
  updatedAt: '2026-10-02T09:00:00.000Z',
});
const draft = order({
  name: 'Seattle help desk 10',
  status: 'draft',
  updatedAt: '2026-11-23T08:00:00.000Z',
});
const draft2 = order({
  name: 'Seattle help desk 2',
  status: 'ready',
  transferDate: '2026-12-08',
  transferDateKind: 'desired',
  updatedAt: '2026-11-10T08:00:00.000Z',
});
const all = [seattle, denver, austin, draft, draft2];
const names = (list: readonly { name: string }[]) => list.map((o) => o.name);

describe('filterOrders (the search box and the status counts)', () => {
  it('matches name, carrier, company and Microsoft order ID, whatever the case', () => {
    expect(names(filterOrders(all, 'SEATTLE', 'all'))).toEqual([
      'Seattle main office',
      'Seattle help desk 10',
      'Seattle help desk 2',
    ]);
    expect(names(filterOrders(all, 'fabrikam', 'all'))).toEqual(['Seattle main office']);
    expect(names(filterOrders(all, 'trey research', 'all'))).toEqual(['Denver help desk']);
    expect(names(filterOrders(all, 'mspo-0104729', 'all'))).toEqual(['Seattle main office']);
  });
  it('wants every word, each within one field, and ignores spaces around the query', () => {
    expect(names(filterOrders(all, '  seattle   desk ', 'all'))).toEqual([
      'Seattle help desk 10',
      'Seattle help desk 2',
    ]);
    expect(filterOrders(all, 'office\nfabrikam', 'all')).toHaveLength(1);
    expect(filterOrders(all, 'officefabrikam', 'all')).toHaveLength(0);
    expect(filterOrders(all, '', 'all')).toHaveLength(5);
  });
  it('filters by status, by the open ones, and both with a search', () => {
    expect(names(filterOrders(all, '', 'completed'))).toEqual(['austin branch']);
    expect(filterOrders(all, '', 'active')).toHaveLength(4);
    expect(names(filterOrders(all, 'seattle', 'draft'))).toEqual(['Seattle help desk 10']);
  });
});

describe('sortOrders', () => {
  it('starts with the last change, newest first', () => {
    expect(names(sortOrders(all, defaultSort))).toEqual([
      'Seattle help desk 10',
      'Denver help desk',
      'Seattle main office',
      'Seattle help desk 2',
      'austin branch',
    ]);
  });
  it('sorts names as people read them (case aside, 2 before 10)', () => {
    expect(names(sortOrders(all, { key: 'name', direction: 'ascending' }))).toEqual([
      'austin branch',
      'Denver help desk',
      'Seattle help desk 2',
      'Seattle help desk 10',
      'Seattle main office',
    ]);
  });
  it('puts statuses in lifecycle order, not A to Z', () => {
    expect(sortOrders(all, { key: 'status', direction: 'ascending' }).map((o) => o.status)).toEqual(
      ['draft', 'ready', 'processing', 'transferApproved', 'completed'],
    );
  });
  it('keeps orders without a transfer date or a carrier last in both directions, ties by name', () => {
    expect(names(sortOrders(all, { key: 'transferDate', direction: 'ascending' }))).toEqual([
      'austin branch',
      'Denver help desk',
      'Seattle help desk 2',
      'Seattle main office',
      'Seattle help desk 10',
    ]);
    expect(names(sortOrders(all, { key: 'transferDate', direction: 'descending' }))).toEqual([
      'Seattle help desk 2',
      'Seattle main office',
      'Denver help desk',
      'austin branch',
      'Seattle help desk 10',
    ]);
    expect(names(sortOrders(all, { key: 'carrier', direction: 'descending' })).at(-1)).toBe(
      'austin branch',
    );
  });
  it('sorts numbers by value and leaves the input alone', () => {
    const before = [...all];
    expect(sortOrders(all, { key: 'numbers', direction: 'descending' })[0]).toBe(denver);
    expect(all).toEqual(before);
  });
  it('flips a column clicked again; another column starts in its natural direction', () => {
    expect(nextSort(defaultSort, 'updatedAt')).toEqual({
      key: 'updatedAt',
      direction: 'ascending',
    });
    expect(nextSort(defaultSort, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort(defaultSort, 'numbers')).toEqual({ key: 'numbers', direction: 'descending' });
  });
});

describe('countByStatus', () => {
  it('counts each status, the open orders and the total', () => {
    const counts = countByStatus(all);
    expect(counts).toMatchObject({
      all: 5,
      active: 4,
      draft: 1,
      ready: 1,
      processing: 1,
      transferApproved: 1,
      completed: 1,
      error: 0,
      cancelled: 0,
    });
  });
});

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
