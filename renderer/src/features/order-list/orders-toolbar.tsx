import { Button, makeStyles, SearchBox, Text, tokens } from '@fluentui/react-components';
import { countWords } from '@shared/count-words';
import { orderStatusLabels } from '@shared/schemas/order-status-words';

import type { StatusFilter } from './orders-filter';
import { useOrdersView } from './orders-view-store';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  search: { width: '440px', maxWidth: '100%' },
  shown: { color: tokens.colorNeutralForeground2 },
});

const filterWords = (status: StatusFilter) =>
  status === 'all' ? '' : status === 'active' ? ' (active)' : ` (${orderStatusLabels[status]})`;

/** "1 order", "1,000 orders". */
export function ordersCount(count: number): string {
  return `${countWords(count)} order${count === 1 ? '' : 's'}`;
}

/** The search over the list, how many rows it leaves, and a way back to every order. */
export function OrdersToolbar({
  shown,
  total,
}: {
  shown: number;
  total: number;
}): React.JSX.Element {
  const styles = useStyles();
  const { query, status, setQuery, clearFilters } = useOrdersView();
  const narrowed = query.trim() !== '' || status !== 'all';
  return (
    <div className={styles.bar}>
      <SearchBox
        className={styles.search}
        aria-label="Search port orders"
        placeholder="Search name, carrier, company or Microsoft order ID"
        value={query}
        onChange={(_e, data) => setQuery(data.value)}
      />
      {/* Polite: said once typing pauses, not on every keystroke's row change. */}
      <Text className={styles.shown} role="status">
        {narrowed
          ? `Showing ${countWords(shown)} of ${ordersCount(total)}${filterWords(status)}`
          : ordersCount(total)}
      </Text>
      {narrowed ? (
        <Button appearance="subtle" size="small" onClick={clearFilters}>
          Show all orders
        </Button>
      ) : null}
    </div>
  );
}
