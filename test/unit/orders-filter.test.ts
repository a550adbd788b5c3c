import {
  countByStatus,
  defaultSort,
  filterOrders,
  nextSort,
  sortOrders,
} from '@renderer/features/order-list/orders-filter';
import { describe, expect, it } from 'vitest';

import { all, denver, names } from '../support/order-summaries';

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
