import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { countWords } from '@shared/count-words';
import { orderStatuses, orderStatusLabels } from '@shared/schemas/order-status-words';
import { memo } from 'react';

import { statusColor } from './order-format';
import type { StatusFilter } from './orders-filter';

// The bar on each card in its status group's colour, matching the badges in the table.
const accents: Record<(typeof statusColor)[keyof typeof statusColor] | 'total', string> = {
  total: tokens.colorNeutralStroke1,
  informative: tokens.colorNeutralForeground3,
  brand: tokens.colorBrandBackground,
  warning: tokens.colorStatusWarningBorderActive,
  important: tokens.colorNeutralForeground1,
  success: tokens.colorStatusSuccessBorderActive,
  danger: tokens.colorStatusDangerBorderActive,
  subtle: tokens.colorNeutralStroke1,
};

const useStyles = makeStyles({
  bar: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(76px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  // Plain buttons: a card reads as a figure first, which Fluent's Button layout does not allow for.
  card: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    textAlign: 'start',
    cursor: 'pointer',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderTopWidth: '3px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  pressed: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderTopWidth: '3px',
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  label: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    minHeight: '32px',
  },
  count: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

const items: { value: StatusFilter; label: string; hint?: string }[] = [
  { value: 'all', label: 'All orders' },
  { value: 'active', label: 'Active', hint: 'Every order not Completed or Cancelled' },
  ...orderStatuses.map((s) => ({ value: s, label: orderStatusLabels[s] })),
];

/** The orders counted by status; each count is also the filter for its status. Memoized, as a keystroke changes none of it. */
export const StatusCounts = memo(function StatusCounts(props: {
  counts: Record<StatusFilter, number>;
  selected: StatusFilter;
  onSelect: (status: StatusFilter) => void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div role="group" aria-label="Show orders by status" className={styles.bar}>
      {items.map(({ value, label, hint }) => {
        const accent =
          value === 'all' || value === 'active' ? accents.total : accents[statusColor[value]];
        return (
          <button
            key={value}
            type="button"
            title={hint}
            // Said as "Draft: 204"; from the two spans alone a screen reader would run them together.
            aria-label={`${label}: ${countWords(props.counts[value])}`}
            aria-pressed={props.selected === value}
            className={mergeClasses(styles.card, props.selected === value && styles.pressed)}
            style={{ borderTopColor: accent }}
            onClick={() => props.onSelect(value)}
          >
            <span className={styles.label}>{label}</span>
            <span className={styles.count}>{countWords(props.counts[value])}</span>
          </button>
        );
      })}
    </div>
  );
});
