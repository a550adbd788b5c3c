import { UserFacingError } from '@shared/ipc-error';
import type { CheckedNumber, NumberKind, NumbersCheck } from '@shared/numbers/check-numbers';

type Group = NumbersCheck['groups'][number];
import type { NumbersService } from './numbers-service';
import type { NumbersStore } from './numbers-store';
import type { OrdersService } from './orders-service';

const groupWords = (country: 'US' | 'CA', kind: NumberKind) =>
  kind === 'tollFree' ? 'toll-free' : `${country === 'US' ? 'US' : 'Canada'} geographic`;

/**
 * Splits a list that mixes countries or number types into one order each, never
 * dropping a number: this order keeps the first group and every line still to fix;
 * each other group becomes a new draft with the same account details.
 */
export function splitOrder(
  id: string,
  deps: { orders: OrdersService; numbers: NumbersService; store: NumbersStore },
): { created: string[] } {
  const source = deps.store.source(id);
  const result = deps.numbers.check(id, source);
  const { groups, rows } = result;
  if (groups.length < 2)
    throw new UserFacingError(
      'not-allowed',
      'Numbers: the list holds one country and one number type already; there is nothing to split.',
    );
  const { country, numberType } = deps.orders.get(id).answers.location;
  // The order keeps the group its own answers describe; failing that, the largest.
  const keep =
    groups.find((g) => g.kind === numberType && (g.kind === 'tollFree' || g.country === country)) ??
    [...groups].sort((a, b) => b.count - a.count)[0]!;
  const others = groups.filter((g) => g !== keep);
  const usable = (r: CheckedNumber) => r.status === 'ok' || r.status === 'warning';
  const inGroup = (g: Group) =>
    rows
      .filter((r) => usable(r) && r.kind === g.kind && r.country === g.country)
      .map((r) => r.e164!);

  // Every line stays as written unless all its numbers move: lines still to fix, or unread, are never dropped.
  const moved = new Set(others.flatMap(inGroup));
  const rowsByLine = new Map<number, CheckedNumber[]>();
  for (const row of rows) rowsByLine.set(row.line, [...(rowsByLine.get(row.line) ?? []), row]);
  const kept = source.split(/\r\n|\r|\n/).filter((text, i) => {
    const ofLine = rowsByLine.get(i + 1);
    if (!ofLine) return text.trim() !== '';
    return !ofLine.every((r) => usable(r) && moved.has(r.e164!));
  });
  // The original first, so the new drafts' numbers are no longer "already in another order".
  deps.numbers.save(id, kept.join('\n'));
  // Toll-free numbers serve both countries: their order keeps the organization's country.
  const countryOf = (g: Group) => (g.kind === 'tollFree' && country !== '' ? country : g.country);
  deps.orders.edit(id, (r) => ({
    ...r,
    answers: {
      ...r.answers,
      location: { ...r.answers.location, country: countryOf(keep), numberType: keep.kind },
    },
  }));
  const created = others.map((group) => {
    const copy = deps.orders.duplicate(id, {
      name: (name) => `${name || 'Port order'} (${groupWords(group.country, group.kind)})`,
      location: { country: countryOf(group), numberType: group.kind },
      keepCarrierPin: true,
    });
    deps.numbers.save(copy.id, inGroup(group).join('\n'));
    return copy.id;
  });
  return { created };
}
