import type { OrderStatus, OrderSummary } from '@shared/schemas/order';
import { orderStatuses } from '@shared/schemas/order-status-words';

/** What the status counts filter by: every order, the open ones, or one status. */
export type StatusFilter = 'all' | 'active' | OrderStatus;
export type SortKey = 'name' | 'carrier' | 'numbers' | 'status' | 'transferDate' | 'updatedAt';
export type SortDirection = 'ascending' | 'descending';
export interface OrderSort {
  key: SortKey;
  direction: SortDirection;
}

/** Newest change first: the order the admin touched last is the one they most likely want again. */
export const defaultSort: OrderSort = { key: 'updatedAt', direction: 'descending' };

// Figures and dates read best biggest/latest first; words A to Z.
const firstDirection: Record<SortKey, SortDirection> = {
  name: 'ascending',
  carrier: 'ascending',
  numbers: 'descending',
  status: 'ascending',
  transferDate: 'ascending',
  updatedAt: 'descending',
};

/** Open orders: everything not Completed or Cancelled, so still something to do or wait for. */
export function isActive(status: OrderStatus): boolean {
  return status !== 'completed' && status !== 'cancelled';
}

// Each order's searchable text, lower-cased once per order object rather than on every keystroke.
const texts = new WeakMap<OrderSummary, string>();
function searchText(order: OrderSummary): string {
  let text = texts.get(order);
  if (text === undefined) {
    // A newline between fields, so a term never matches across two of them.
    text = [order.name, order.carrierName, order.companyName, order.microsoftOrderId]
      .join('\n')
      .toLowerCase();
    texts.set(order, text);
  }
  return text;
}

/** Whether an order passes the status filter and holds every word of the query (name, carrier, company, Microsoft order ID). */
export function matchesOrder(
  order: OrderSummary,
  terms: readonly string[],
  status: StatusFilter,
): boolean {
  if (status === 'active' ? !isActive(order.status) : status !== 'all' && order.status !== status)
    return false;
  const text = searchText(order);
  return terms.every((term) => text.includes(term));
}

/** The query's words, lower-cased; empty when there is nothing to search for. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** The orders the search and the status filter let through, in the order given. */
export function filterOrders(
  orders: readonly OrderSummary[],
  query: string,
  status: StatusFilter,
): OrderSummary[] {
  const terms = queryTerms(query);
  return orders.filter((order) => matchesOrder(order, terms, status));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
// ISO dates and ids compare as plain strings: exact, and far cheaper than a locale-aware compare.
const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const lifecycle = new Map<OrderStatus, number>(orderStatuses.map((s, i) => [s, i]));

/** Compares on the key alone; undefined puts a missing value last whatever the direction. */
function compareOn(key: SortKey, a: OrderSummary, b: OrderSummary): number | undefined {
  switch (key) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'carrier':
      return a.carrierName && b.carrierName
        ? collator.compare(a.carrierName, b.carrierName)
        : undefined;
    case 'numbers':
      return a.numberCount - b.numberCount;
    case 'status':
      return lifecycle.get(a.status)! - lifecycle.get(b.status)!;
    case 'transferDate':
      return a.transferDate && b.transferDate ? plain(a.transferDate, b.transferDate) : undefined;
    case 'updatedAt':
      return plain(a.updatedAt, b.updatedAt);
  }
}

/** A sorted copy; ties fall back to the name, then the id, so the order never jumps between renders. */
export function sortOrders(orders: readonly OrderSummary[], sort: OrderSort): OrderSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...orders].sort((a, b) => {
    const primary = compareOn(sort.key, a, b);
    const missing = primary === undefined ? missingLast(sort.key, a, b) : 0;
    return (
      missing || sign * (primary ?? 0) || collator.compare(a.name, b.name) || plain(a.id, b.id)
    );
  });
}

function missingLast(key: SortKey, a: OrderSummary, b: OrderSummary): number {
  const value = (o: OrderSummary) => (key === 'carrier' ? o.carrierName : o.transferDate);
  return Number(!value(a)) - Number(!value(b));
}

/** The sort after a click on a column header: the same column flips, another starts in its natural direction. */
export function nextSort(current: OrderSort, key: SortKey): OrderSort {
  if (current.key === key)
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: firstDirection[key] };
}

/** How many orders are in each status, with the total and the open ones: the page's counts. */
export function countByStatus(orders: readonly OrderSummary[]): Record<StatusFilter, number> {
  const counts = Object.fromEntries(
    ['all', 'active', ...orderStatuses].map((k) => [k, 0]),
  ) as Record<StatusFilter, number>;
  for (const order of orders) {
    counts[order.status] += 1;
    if (isActive(order.status)) counts.active += 1;
  }
  counts.all = orders.length;
  return counts;
}
