import type { NumberKind } from '@shared/numbers/check-numbers';
import type { Country } from '@shared/schemas/country';
import type { OrderAnswers } from '@shared/schemas/order-answers';

/**
 * The country an order's toll-free numbers take: the order's own. Toll-free numbers serve
 * both countries (libphonenumber files them under the US), and today's admin center takes
 * them in the order's country, so the list, its counts and groups, Review, the letter and
 * the package all say the order's. Undefined before Get started is answered: they then keep
 * the US, as the numbers' metadata has them. Main's check and the page's worker both read
 * this one rule.
 */
export function tollFreeCountryOf(answers: Pick<OrderAnswers, 'getStarted'>): Country | undefined {
  return answers.getStarted.country || undefined;
}

/**
 * A list's groups after the order's country changed: its toll-free group takes the new
 * country (the geographic ones keep theirs, which their area codes decide), so the order's
 * figures agree with a fresh check of the list without reading it again.
 */
export function groupsInOrderCountry<G extends { country: Country; kind: NumberKind }>(
  groups: readonly G[],
  answers: Pick<OrderAnswers, 'getStarted'>,
): G[] {
  const country = tollFreeCountryOf(answers) ?? 'US';
  return groups.map((g) =>
    g.kind === 'tollFree' && g.country !== country ? { ...g, country } : g,
  );
}
