import { KeyRegular, PhoneArrowRightRegular, SettingsRegular } from '@fluentui/react-icons';
import type { ComponentType, ReactElement } from 'react';

import { OrderListPage } from './features/order-list/order-list-page';
import { OrderOverviewPage } from './features/order-overview/order-overview-page';
import { PinPage } from './features/pin/pin-page';
import { SettingsPage } from './features/settings/settings-page';
import { WizardPage } from './features/wizard/wizard-page';
import type { PageId } from './stores/navigation';

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
