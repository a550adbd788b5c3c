import { api } from '@renderer/api';
import { hasStartReply } from '@renderer/start-replies';
import type { OrderList } from '@shared/schemas/order';

interface AskedAtStart {
  reply: Promise<OrderList>;
  /** Set once the reply has come: the page's first render can show the rows at once. */
  arrived?: OrderList;
}

let askedAtStart: AskedAtStart | undefined;

/**
 * Asks main for the list. The marks split the first rows (`npm run bench`): main's part, from
 * asking to the reply (a list asked for as the page began to load was marked then, by
 * public/start-requests.js), and the page's, from having the list in hand to its rows.
 */
function ask(): Promise<OrderList> {
  const early = hasStartReply('listOrders');
  if (!early) performance.mark('portdesk:orders-requested');
  return api.listOrders().then((list) => {
    if (!early) performance.mark('portdesk:orders-listed');
    performance.mark('portdesk:orders-in-hand');
    return list;
  });
}

/**
 * Asks for the order list as the page starts, before React's first render: Port orders is
 * always the first page. Usually main's reply has already come (public/start-requests.js asked
 * for it while the bundle loaded), and the page's first render shows the rows.
 */
export function askForListAtStart(): void {
  const asked: AskedAtStart = { reply: ask() };
  askedAtStart = asked;
  // A failure is the page's to show (`takeOrderList`); never an unhandled rejection meanwhile.
  asked.reply.then(
    (list) => void (asked.arrived = list),
    () => undefined,
  );
}

/** The list asked for at start if it has come and no page has taken it yet (pure: a render may call it). */
export function orderListIfArrived(): OrderList | undefined {
  return askedAtStart?.arrived;
}

/** The list asked for at start, the first time; a fresh one from main every later time. */
export function takeOrderList(): Promise<OrderList> {
  const list = askedAtStart?.reply ?? ask();
  askedAtStart = undefined;
  return list;
}
