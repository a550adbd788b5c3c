import { UserFacingError } from '@shared/ipc-error';
import type { CheckedNumber, NumbersCheck } from '@shared/numbers/check-numbers';
import { numberGroupWords } from '@shared/order/answer-words';
import { canEditAnswers } from '@shared/order/lifecycle';

import type { NumbersService } from './numbers-service';
import type { OrderRepository } from './order-repository';
import { lockedError } from './order-timeline';
import { type OrdersService, usageOfNumbers } from './orders-service';

type Group = NumbersCheck['groups'][number];

export interface SplitDeps {
  repo: OrderRepository;
  orders: OrdersService;
  numbers: NumbersService;
}

/**
 * Splits a list that mixes countries or number types into one order each, never
 * dropping a number: this order keeps the group its answers describe and every line
 * still to fix; each other group becomes a new draft with the same account details.
 * The new drafts are written first: a crash part-way leaves a number in two orders
 * (flagged), never in none.
 */
export function splitOrder(
  id: string,
  { repo, orders, numbers }: SplitDeps,
): { created: string[] } {
  const order = orders.get(id);
  // Checked before anything is written: a submitted order's list stays as it was sent.
  if (!canEditAnswers(order.status)) throw lockedError(order.status);
  const source = repo.listSource(id);
  const { groups, rows } = numbers.check(id, source);
  if (groups.length < 2)
    throw new UserFacingError(
      'not-allowed',
      'Numbers: the list holds one country and one number type already; there is nothing to split.',
    );
  const { country } = order.answers.getStarted;
  const { numberType } = order.answers.numbers;
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
  // Toll-free numbers serve both countries: their order keeps the organization's country.
  const countryOf = (g: Group) => (g.kind === 'tollFree' && country !== '' ? country : g.country);
  const { btn, replacementBtn } = order.answers.btn;

  const created = others.map((group) => {
    const copy = orders.duplicate(id, {
      name: (name) =>
        `${name || 'Port order'} (${numberGroupWords({ country: group.country, kind: group.kind }, 'short')})`,
      country: countryOf(group),
      numberType: group.kind,
      keepCarrierPin: true,
      list: numbers.prepare(id, inGroup(group).join('\n'), btn, replacementBtn),
    });
    return copy.id;
  });

  // Every line stays as written unless all its numbers moved: lines still to fix, or unread, are never dropped.
  const moved = new Set(others.flatMap(inGroup));
  const rowsByLine = new Map<number, CheckedNumber[]>();
  for (const row of rows) rowsByLine.set(row.line, [...(rowsByLine.get(row.line) ?? []), row]);
  // A moved line is left empty rather than dropped, so every other line keeps its number.
  const kept = source.split(/\r\n|\r|\n/).map((text, i) => {
    const ofLine = rowsByLine.get(i + 1);
    return ofLine?.every((r) => usable(r) && moved.has(r.e164!)) ? '' : text;
  });
  try {
    repo.edit(id, (r) => {
      const { figures, ...list } = numbers.prepare(id, kept.join('\n'), btn, replacementBtn);
      const answers = {
        ...r.answers,
        getStarted: { ...r.answers.getStarted, country: countryOf(keep) },
        numbers: {
          ...r.answers.numbers,
          numberType: keep.kind,
          // The usage changes of the numbers that moved went with them.
          usageByNumber: usageOfNumbers(r.answers.numbers.usageByNumber, list.numbers),
        },
      };
      return { record: { ...r, numbers: figures, answers }, list };
    });
  } catch (error) {
    // The original could not take its part off (a full disk): the new drafts were never
    // acknowledged, so they go, and every number is in one order again, ready for a retry.
    for (const copy of created) repo.discardNew(copy);
    throw error;
  }
  return { created };
}
