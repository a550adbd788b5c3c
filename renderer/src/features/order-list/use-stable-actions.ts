import type { OrderSummary } from '@shared/schemas/order';
import { useLayoutEffect, useMemo, useRef } from 'react';

import type { RowActions } from './order-row';

/**
 * The row actions as one object that never changes, calling the page's latest functions.
 * Rows are memoized: new closures on every page render would re-render every mounted row.
 */
export function useStableActions(latest: RowActions): RowActions {
  const ref = useRef(latest);
  useLayoutEffect(() => {
    ref.current = latest;
  });
  return useMemo(
    () => ({
      open: (id: string) => ref.current.open(id),
      duplicate: (id: string) => ref.current.duplicate(id),
      remove: (order: OrderSummary) => ref.current.remove(order),
    }),
    [],
  );
}
