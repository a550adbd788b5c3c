import { KeyRegular, PhoneArrowRightRegular, SettingsRegular } from '@fluentui/react-icons';
import { type ComponentType, lazy, type ReactElement } from 'react';

import { OrderListPage } from './features/order-list/order-list-page';
import type { PageId } from './stores/navigation';

// The first screen is the Port orders list; every other page (the wizard with its date
// picker, the order page with its letters) is fetched when first opened, so the start loads
// only what the list needs. The frame shows a fallback while one loads (`app.tsx`).
const WizardPage = lazy(() =>
  import('./features/wizard/wizard-page').then((m) => ({ default: m.WizardPage })),
);
const OrderOverviewPage = lazy(() =>
  import('./features/order-overview/order-overview-page').then((m) => ({
    default: m.OrderOverviewPage,
  })),
);
const PinPage = lazy(() => import('./features/pin/pin-page').then((m) => ({ default: m.PinPage })));
const SettingsPage = lazy(() =>
  import('./features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);

/**
 * Every page of PortDesk, one entry each: the component it shows, and either a tab of its
 * own in the left navigation or the tab it belongs under (an open order is one of the Port
 * orders). Add a page here and nowhere else; open it with `navigate(id)`.
 */
export const pages = {
  orderList: {
    component: OrderListPage,
    tab: { label: 'Port orders', icon: <PhoneArrowRightRegular /> },
  },
  wizard: { component: WizardPage, under: 'orderList' },
  orderOverview: { component: OrderOverviewPage, under: 'orderList' },
  pin: { component: PinPage, tab: { label: 'Port-out PIN', icon: <KeyRegular /> } },
  settings: { component: SettingsPage, tab: { label: 'Settings', icon: <SettingsRegular /> } },
} as const;

declare module './stores/navigation' {
  interface PageRegistry {
    pages: typeof pages;
  }
}

interface PageEntry {
  component: ComponentType;
  tab?: { label: string; icon: ReactElement };
  under?: PageId;
}

// The table as the compiler checks it: a component each, and `under` naming a page of the table.
const table: Readonly<Record<PageId, PageEntry>> = pages;

/** The navigation's tabs, in the table's order. */
export const tabs = (Object.keys(table) as PageId[]).flatMap((page) => {
  const { tab } = table[page];
  return tab ? [{ page, ...tab }] : [];
});

/** The tab selected while `page` shows. */
export function tabOf(page: PageId): PageId {
  return table[page].under ?? page;
}

/** What `page` shows. */
export function pageComponent(page: PageId): ComponentType {
  return table[page].component;
}
