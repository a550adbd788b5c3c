import { create } from 'zustand';

/**
 * The page table (`pages.tsx`) registers itself here by declaration merging, as TanStack
 * Router's `Register` does: this store knows the pages' ids without importing the pages,
 * which import this store to open each other.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by pages.tsx
export interface PageRegistry {}

/** A page of PortDesk: a key of the table in `pages.tsx`. */
export type PageId = PageRegistry extends { pages: infer P } ? Extract<keyof P, string> : never;

interface NavigationState {
  page: PageId;
  navigate(page: PageId): void;
}

/** Which page is shown; pages open each other by id, and the table says what each id shows. */
export const useNavigation = create<NavigationState>((set) => ({
  page: 'orderList',
  navigate: (page) => set({ page }),
}));

/** Shows a page, from outside a component (a store's action). */
export function navigate(page: PageId): void {
  useNavigation.getState().navigate(page);
}
