import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { isWeekend } from '@shared/calendar/business-days';
import type { OrderSummary } from '@shared/schemas/order';
import { addDays, format, getISODay, startOfDay } from 'date-fns';
import { memo, useMemo } from 'react';

import {
  columnOf,
  type TransferDay,
  upcomingByDay,
  upcomingColumns,
  upcomingDays,
  upcomingSummary,
} from './upcoming-transfers-data';

// Drawn in a fixed coordinate box that scales with the card; the page is wide enough that text stays near 12 px.
const width = 960;
const height = 170;
const left = 14;
const columnWidth = (width - 2 * left) / upcomingColumns;
const axisY = 136;
const markGap = 11;
/** Marks a day can stack before the rest become "+n". */
const maxStack = 10;
const x = (column: number) => left + column * columnWidth;

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  head: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  legend: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    alignItems: 'center',
  },
  key: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  svg: { display: 'block', width: '100%', height: 'auto' },
  grid: { stroke: tokens.colorNeutralStroke3 },
  axis: { stroke: tokens.colorNeutralStroke1 },
  tick: {
    fill: tokens.colorNeutralForeground3,
    fontSize: '12px',
    fontFamily: tokens.fontFamilyBase,
  },
  today: { stroke: tokens.colorPaletteRedBorder2, strokeDasharray: '4 3', strokeWidth: 1.5 },
  todayText: {
    fill: tokens.colorPaletteRedForeground1,
    fontSize: '12px',
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyBase,
  },
  foc: {
    fill: tokens.colorBrandForeground1,
    stroke: tokens.colorBrandForeground1,
    strokeWidth: 1.5,
  },
  desired: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorBrandForeground1,
    strokeWidth: 1.5,
  },
  more: {
    fill: tokens.colorNeutralForeground2,
    fontSize: '10px',
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyBase,
  },
  // Read by screen readers, not shown: the chart's marks as words.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** The transfers due in the next 8 weeks on a time line: FOC solid, desired hollow, one mark an order. Memoized: a keystroke changes none of it. */
export const UpcomingTransfers = memo(function UpcomingTransfers({
  orders,
}: {
  orders: readonly OrderSummary[];
}): React.JSX.Element {
  const styles = useStyles();
  const { days, summary, today } = useMemo(() => {
    const now = new Date();
    const upcoming = upcomingByDay(orders, now);
    return { days: upcoming, summary: upcomingSummary(upcoming), today: now };
  }, [orders]);
  // Week ticks on Mondays, the week the carriers plan in; today's line in the middle of its column (at its edge on a weekend).
  const firstMonday = (8 - getISODay(today)) % 7;
  const ticks = Array.from({ length: 8 }, (_, i) => firstMonday + 7 * i).filter(
    (d) => d < upcomingDays,
  );
  const todayX = x(isWeekend(today) ? 0 : 0.5);
  const start = startOfDay(today);
  return (
    <section className={styles.card} aria-labelledby="transfers-heading">
      <div className={styles.head}>
        <Subtitle2 as="h2" id="transfers-heading">
          Upcoming transfers, next 8 weeks
        </Subtitle2>
        <Caption1 className={styles.legend}>
          <span className={styles.key}>
            <Dot className={styles.foc} /> FOC (confirmed by the carrier)
          </span>
          <span className={styles.key}>
            <Dot className={styles.desired} /> Desired date
          </span>
        </Caption1>
      </div>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${height}`}
        className={styles.svg}
      >
        {ticks.map((d) => (
          <g key={d}>
            <line
              x1={x(columnOf(start, d))}
              x2={x(columnOf(start, d))}
              y1={22}
              y2={axisY}
              className={styles.grid}
            />
            <text x={x(columnOf(start, d)) + 3} y={axisY + 18} className={styles.tick}>
              {format(addDays(today, d), 'MMM d')}
            </text>
          </g>
        ))}
        <line x1={left} x2={width - left} y1={axisY} y2={axisY} className={styles.axis} />
        <line x1={todayX} x2={todayX} y1={16} y2={axisY + 4} className={styles.today} />
        <text x={todayX + 4} y={14} className={styles.todayText}>
          Today
        </text>
        {days.map((day) => (
          <DayMarks key={day.day} day={day} styles={styles} />
        ))}
      </svg>
      <ul className={styles.hidden} aria-label="Upcoming transfers by day">
        {days.map((day) => (
          <li key={day.day}>
            {day.label}:{' '}
            {day.transfers
              .map((t) => `${t.name} (${t.kind === 'foc' ? 'FOC' : 'desired date'})`)
              .join(', ')}
          </li>
        ))}
      </ul>
    </section>
  );
});

/** One day's marks, stacked upwards from the axis; past the stack's height the rest are counted. */
function DayMarks({
  day,
  styles,
}: {
  day: TransferDay;
  styles: ReturnType<typeof useStyles>;
}): React.JSX.Element {
  const cx = x(day.column + 0.5);
  // Confirmed dates at the bottom of the stack, desired ones above: each kind reads as one block.
  const stacked = [...day.transfers].sort(
    (a, b) => Number(a.kind !== 'foc') - Number(b.kind !== 'foc'),
  );
  const overflow = stacked.length > maxStack;
  const shown = overflow ? stacked.slice(0, maxStack - 1) : stacked;
  return (
    <g>
      {shown.map((t, i) => (
        <circle
          key={t.id}
          cx={cx}
          cy={axisY - 8 - i * markGap}
          r={4.5}
          className={t.kind === 'foc' ? styles.foc : styles.desired}
        >
          <title>{`${t.name}: ${t.kind === 'foc' ? 'FOC' : 'desired date'} ${day.label}`}</title>
        </circle>
      ))}
      {overflow ? (
        <text
          x={cx}
          y={axisY - 4 - shown.length * markGap}
          textAnchor="middle"
          className={styles.more}
        >
          <title>{`${day.label}, ${stacked.length - shown.length} more: ${stacked
            .slice(shown.length)
            .map((t) => t.name)
            .join(', ')}`}</title>
          +{stacked.length - shown.length}
        </text>
      ) : null}
    </g>
  );
}

/** The legend's sample of a mark, drawn with the same class as the chart's. */
function Dot({ className }: { className: string }): React.JSX.Element {
  return (
    <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden>
      <circle cx="5" cy="5" r="4" className={className} />
    </svg>
  );
}
