import { api } from '@renderer/api';
import type { OrderList } from '@shared/schemas/order';

let askedAtStart: Promise<OrderList> | undefined;

/** Asks main for the list; the marks split the first rows into main's part and the page's (`npm run bench`). */
function ask(): Promise<OrderList> {
  performance.mark('portdesk:orders-requested');
  return api.listOrders().then((list) => {
    performance.mark('portdesk:orders-listed');
    return list;
  });
}

/**
 * Asks main for the order list as the page starts, before React's first render: Port orders
 * is always the first page, and otherwise its list waited for the settings to arrive and the
 * frame to render before it was even asked for (`npm run bench`, start on the Electron double).
 */
export function askForListAtStart(): void {
  askedAtStart = ask();
  // Its failure is the page's to show (`takeOrderList`); never an unhandled rejection meanwhile.
  askedAtStart.catch(() => undefined);
}

/** The list asked for at start, the first time; a fresh one from main every later time. */
export function takeOrderList(): Promise<OrderList> {
  const list = askedAtStart ?? ask();
  askedAtStart = undefined;
  return list;
}
