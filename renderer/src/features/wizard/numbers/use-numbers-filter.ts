import { useEffect, useState } from 'react';

import { matchesFilter, type NumbersFilter } from './numbers-counts';
import type { PageCheck } from './use-numbers-list';

/**
 * The numbers table's filter. A filter that no row matches any longer (the last error
 * fixed, a split that took a country's numbers to a new draft) falls back to All, so an
 * empty table never looks as if the numbers had vanished.
 */
export function useNumbersFilter(
  initial: NumbersFilter,
  check: PageCheck | undefined,
): [NumbersFilter, (filter: NumbersFilter) => void] {
  const [filter, setFilter] = useState<NumbersFilter>(initial);
  useEffect(() => {
    if (filter === 'all' || !check) return;
    if (check.rows.select((row) => matchesFilter(row, filter)).length === 0) setFilter('all');
  }, [check, filter]);
  return [filter, setFilter];
}
