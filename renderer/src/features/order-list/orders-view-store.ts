import { create } from 'zustand';

import {
  defaultSort,
  nextSort,
  type OrderSort,
  type SortKey,
  type StatusFilter,
} from './orders-filter';

interface OrdersViewState {
  query: string;
  status: StatusFilter;
  sort: OrderSort;
  setQuery(query: string): void;
  setStatus(status: StatusFilter): void;
  sortBy(key: SortKey): void;
  /** Back to every order; the sort stays, as the admin chose it. */
  clearFilters(): void;
}

/**
 * How the admin is looking at the list. Kept outside the page so it survives opening an
 * order and coming back with "All port orders": the admin returns to the rows they left.
 */
export const useOrdersView = create<OrdersViewState>((set) => ({
  query: '',
  status: 'all',
  sort: defaultSort,
  setQuery: (query) => set({ query }),
  setStatus: (status) => set({ status }),
  sortBy: (key) => set((s) => ({ sort: nextSort(s.sort, key) })),
  clearFilters: () => set({ query: '', status: 'all' }),
}));
