import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { countedAs, type NumbersCheck, type RowStatus } from '@shared/numbers/check-numbers';
import { numberTypeWords } from '@shared/order/answer-words';
import { countryWords } from '@shared/schemas/country';

import type { RowFacets } from './number-rows';
import { StatusIcon } from './number-status';

export type NumbersFilter = 'all' | 'errors' | 'duplicates' | 'warnings' | 'US' | 'CA' | 'tollFree';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const bucket = { US: 'us', CA: 'canada', tollFree: 'tollFree' } as const;

/** Whether a row passes a filter. */
export function matchesFilter(row: RowFacets, filter: NumbersFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'errors':
      return row.status === 'error';
    case 'duplicates':
      return row.status === 'duplicate';
    case 'warnings':
      return row.status === 'warning';
    default:
      // The rows the button counts (`countedAs`): a toll-free number is under Toll-free, never a country.
      return (
        row.status !== 'error' && row.status !== 'duplicate' && countedAs(row) === bucket[filter]
      );
  }
}

/** The counts, each a filter: press one to see only those rows. They add up: All = Errors + Duplicates + Valid. */
export function NumbersCounts({
  check,
  filter,
  onFilter,
}: {
  check: Pick<NumbersCheck, 'counts'>;
  filter: NumbersFilter;
  onFilter: (f: NumbersFilter) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const c = check.counts;
  // Lines that could not be read at all are not rows: they are named above the table, not counted here.
  const items: [NumbersFilter, string, number, RowStatus?][] = [
    ['all', 'All', c.total],
    ['errors', 'Errors', c.errors - c.notRead, 'error'],
    ['duplicates', 'Duplicates', c.duplicates, 'duplicate'],
    ['warnings', 'Warnings', c.warnings, 'warning'],
    ['US', countryWords.US.name, c.us],
    ['CA', countryWords.CA.name, c.canada],
    ['tollFree', numberTypeWords.tollFree.label, c.tollFree],
  ];
  return (
    <div role="toolbar" aria-label="Show numbers" className={styles.bar}>
      {items.map(([value, label, count, status]) => (
        <ToggleButton
          key={value}
          size="small"
          icon={status ? <StatusIcon status={status} /> : undefined}
          checked={filter === value}
          onClick={() => onFilter(value)}
        >
          {label}: {count.toLocaleString('en-US')}
        </ToggleButton>
      ))}
      <span>Valid: {c.valid.toLocaleString('en-US')}</span>
    </div>
  );
}
