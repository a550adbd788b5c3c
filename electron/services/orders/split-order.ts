import { UserFacingError } from '../../../shared/ipc-error';
import type { NumberKind } from '../../../shared/numbers/check-numbers';
import type { NumbersService } from './numbers-service';
import type { NumbersStore } from './numbers-store';
import type { OrdersService } from './orders-service';

const groupWords = (country: 'US' | 'CA', kind: NumberKind) => (kind === 'tollFree' ? 'toll-free' : `${country === 'US' ? 'US' : 'Canada'} geographic`);

/**
 * Splits a list that mixes countries or number types into one order each, never
 * dropping a number: this order keeps the first group and every line still to fix;
 * each other group becomes a new draft with the same account details.
 */
export function splitOrder(id: string, deps: { orders: OrdersService; numbers: NumbersService; store: NumbersStore }): { created: string[] } {
  const result = deps.numbers.check(id, deps.store.source(id));
  if (result.groups.length < 2) throw new UserFacingError('not-allowed', 'Numbers: the list holds one country and one number type already; there is nothing to split.');
  const [keep, ...others] = result.groups;
  const inGroup = (country: string, kind: string) =>
    result.rows.filter((r) => r.country === country && r.kind === kind && (r.status === 'ok' || r.status === 'warning')).map((r) => r.e164!);
  const created = others.map((group) => {
    const copy = deps.orders.duplicate(id, {
      name: (name) => `${name || 'Port order'} (${groupWords(group.country, group.kind)})`,
      location: { country: group.country, numberType: group.kind },
    });
    deps.numbers.save(copy.id, inGroup(group.country, group.kind).join('\n'));
    return copy.id;
  });
  const moved = new Set(others.flatMap((g) => inGroup(g.country, g.kind)));
  const lines = deps.store.source(id).split('\n');
  const remaining = result.rows.filter((r) => !(r.e164 && moved.has(r.e164) && r.status !== 'error' && r.status !== 'duplicate'));
  // Whole lines stay as the admin wrote them, unless every number of the line moved.
  const keptLines = [...new Set(remaining.map((r) => r.line))].map((line) => lines[line - 1]!);
  deps.numbers.save(id, keptLines.join('\n'));
  deps.orders.edit(id, (r) => ({ ...r, answers: { ...r.answers, location: { ...r.answers.location, country: keep!.country, numberType: keep!.kind } } }));
  return { created };
}
