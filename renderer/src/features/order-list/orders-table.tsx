import { Body1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowSortDownRegular, ArrowSortUpRegular } from '@fluentui/react-icons';
import type { OrderSummary } from '@shared/schemas/order';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';

import { OrderRow, type RowActions } from './order-row';
import type { OrderSort, SortKey } from './orders-filter';
import { nameLineHeight, nameLines, rowHeight, useTableStyles } from './table-styles';

const useStyles = makeStyles({
  // Header and rows scroll sideways together when the window is narrow; only the rows scroll down.
  frame: {
    overflowX: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { minWidth: '980px' },
  // The same gutter on header and body, so a scrollbar on the rows does not shift their columns against the header's.
  gutter: {
    overflowY: 'hidden',
    scrollbarGutter: 'stable',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  head: { height: '40px', fontWeight: tokens.fontWeightSemibold },
  // Tall enough to fill the window once the page is scrolled to it; never shorter than a dozen rows' worth of space.
  scroller: {
    maxHeight: 'max(320px, calc(100vh - 210px))',
    overflowY: 'auto',
    overflowX: 'hidden',
    position: 'relative',
    scrollbarGutter: 'stable',
  },
  sort: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    padding: 0,
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'start',
    ':hover': { color: tokens.colorBrandForeground1 },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  empty: { padding: tokens.spacingVerticalL, color: tokens.colorNeutralForeground2 },
});

const headers: { label: string; key?: SortKey; end?: boolean }[] = [
  { label: 'Name', key: 'name' },
  { label: 'Carrier', key: 'carrier' },
  { label: 'Country' },
  { label: 'Number type' },
  { label: 'Numbers', key: 'numbers', end: true },
  { label: 'Status', key: 'status' },
  { label: 'Transfer date', key: 'transferDate' },
  { label: 'Last change', key: 'updatedAt' },
  { label: 'Actions' },
];

/** The table's scrolling body, which takes focus when a row cannot. */
export const ordersTableBodyId = 'port-orders-body';

/** Every order shown, virtualized (1,000 rows cost what 20 do) with the semantics of a table; the headers sort. */
export function OrdersTable(props: {
  rows: OrderSummary[];
  sort: OrderSort;
  onSort: (key: SortKey) => void;
  actions: RowActions;
  /** Changes when the filter or sort does: the list then starts again from its top. */
  viewKey: string;
}): React.JSX.Element {
  const styles = useStyles();
  const table = useTableStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const { rows, sort } = props;
  useEffect(() => {
    // After the next paint: the moment the admin sees the rows (read by `npm run bench`).
    const frame = requestAnimationFrame(() =>
      setTimeout(
        () => performance.mark('portdesk:orders-rendered', { detail: { rows: rows.length } }),
        0,
      ),
    );
    return () => cancelAnimationFrame(frame);
  }, [rows]);
  useEffect(() => {
    // Braces matter: newer Chromium returns a promise from scrollTo, which React would take for a cleanup.
    scroller.current?.scrollTo({ top: 0 });
  }, [props.viewKey]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    // A name too long for one line wraps and the row grows (guessed, then measured); measuring
    // only those keeps a fast scroll through 1,000 orders cheap.
    estimateSize: (index) => rowHeight + nameLineHeight * (nameLines(rows[index]!.name) - 1),
    getItemKey: (index) => rows[index]!.id,
    overscan: 4,
    // Until the body is measured (in the first commit), the window's size: enough rows for
    // any body, so the first render has them all. From a size of 0 it rendered five, measured
    // (laying out the whole page) and rendered the rest again (`npm run bench`).
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  // Sizes are kept by index: a new filter or sort puts other rows at those indexes.
  useLayoutEffect(() => virtualizer.measure(), [rows, virtualizer]);
  return (
    <div className={styles.frame}>
      <div
        role="table"
        aria-label="Port orders"
        aria-rowcount={rows.length + 1}
        className={styles.table}
      >
        <div role="rowgroup" className={styles.gutter}>
          <div role="row" aria-rowindex={1} className={mergeClasses(table.row, styles.head)}>
            {headers.map(({ label, key, end }) => {
              const active = key !== undefined && sort.key === key;
              return (
                <div
                  role="columnheader"
                  key={label}
                  aria-sort={active ? sort.direction : undefined}
                  className={mergeClasses(table.cell, end && table.number)}
                >
                  {key ? (
                    <button type="button" className={styles.sort} onClick={() => props.onSort(key)}>
                      {label}
                      {active ? (
                        sort.direction === 'ascending' ? (
                          <ArrowSortUpRegular aria-hidden />
                        ) : (
                          <ArrowSortDownRegular aria-hidden />
                        )
                      ) : null}
                    </button>
                  ) : (
                    label
                  )}
                </div>
              );
            })}
          </div>
        </div>
        {/* The scrolling body is itself the row group (ARIA wants rows right under it); a hidden sizer gives it its height. */}
        <div
          ref={scroller}
          id={ordersTableBodyId}
          role="rowgroup"
          className={styles.scroller}
          tabIndex={0}
          aria-label="Port orders, scrollable"
        >
          <div aria-hidden style={{ height: `${virtualizer.getTotalSize()}px` }} />
          {virtualizer.getVirtualItems().map((item) => (
            <OrderRow
              key={item.key}
              order={rows[item.index]!}
              index={item.index}
              measure={
                nameLines(rows[item.index]!.name) > 1 ? virtualizer.measureElement : undefined
              }
              top={item.start}
              actions={props.actions}
            />
          ))}
        </div>
      </div>
      {rows.length === 0 ? (
        <Body1 as="p" className={styles.empty}>
          No port orders match the search and filter.
        </Body1>
      ) : null}
    </div>
  );
}
