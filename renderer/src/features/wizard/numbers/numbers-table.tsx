import { Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import type { CheckedNumber } from '@shared/numbers/check-numbers';
import { readRange } from '@shared/numbers/read-cell';
import { numberTypeWords, usageWords } from '@shared/order/answer-words';
import { type NumberUsage, numberUsages } from '@shared/schemas/order-answers';
import {
  defaultRangeExtractor,
  measureElement,
  type Range,
  useVirtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

import type { RowsView } from './number-rows';
import { StatusMark, useStatusText } from './number-status';
import { assignRowSlots, type RowSlots } from './row-slots';

const rowHeight = 36;
/** About how many characters of a message fit on one line of the Check column at its narrowest. */
const messageLine = 48;
const columns = '40px minmax(88px, 1fr) 112px 112px 92px minmax(140px, 2fr) 64px';

const useStyles = makeStyles({
  // Header and rows scroll sideways together when the window is narrow; only the rows scroll down.
  frame: {
    overflowX: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { minWidth: '700px' },
  // A native select: light in a virtualized row, and it follows the theme's colours.
  usage: {
    height: '28px',
    maxWidth: '100%',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    font: 'inherit',
  },
  // A row grows to show its whole message (measured by the virtualizer), never less than one line;
  // every cell starts on the first line, where the buttons are.
  row: {
    display: 'grid',
    gridTemplateColumns: columns,
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalS,
    // 28px buttons + 3px above and below + the 1px border: a row without a message is exactly rowHeight.
    paddingBlock: '3px',
    minHeight: `${rowHeight}px`,
    boxSizing: 'border-box',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  // The height of a button, so text on the first line sits level with the buttons.
  text: { paddingBlock: '4px', minWidth: 0 },
  head: {
    alignItems: 'center',
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  scroller: { maxHeight: '420px', overflowY: 'auto', overflowX: 'hidden', position: 'relative' },
  // One line, so only a message makes a row taller (the Fix box shows the whole text).
  entered: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  check: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  // Plain buttons styled with the theme's tokens: a fast scroll mounts dozens of rows a frame, and Fluent's Button costs more each.
  action: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '28px',
    height: '28px',
    padding: 0,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontSize: '18px',
    cursor: 'pointer',
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground1,
    },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The scrolling body's id: focus goes there when what had it leaves the page. */
export const numbersTableBodyId = 'numbers-table-body';

/** Remove's name says which line, so two equal lines have buttons of their own; in a range, which number. */
const removeName = (row: CheckedNumber) => {
  const what = row.e164 ?? `“${row.input}”`;
  return readRange(row.input) && row.national
    ? `Remove ${what} from the range on line ${row.line}`
    : `Remove ${what}, line ${row.line}`;
};

/** Every number of the list, virtualized (100,000 rows scroll as smoothly as 10), with a fix in place and removal. */
export function NumbersTable(props: {
  rows: RowsView;
  /** While the list is being checked, nothing in it can change. */
  disabled: boolean;
  onFix: (line: number, text: string) => void;
  onRemove: (row: CheckedNumber) => void;
  /** Each number's usage (User, Voice app, Conference): the order's default or its own change. */
  usage: {
    of: (e164: string) => NumberUsage | '';
    onChange: (e164: string, usage: NumberUsage) => void;
  };
}): React.JSX.Element {
  const styles = useStyles();
  const statusText = useStatusText();
  const scroller = useRef<HTMLDivElement>(null);
  const focusedRow = useRef<number>(undefined);
  // The slots of the rows last drawn (a render React drops changes nothing here).
  const drawnSlots = useRef<RowSlots>([]);
  // The row that has the keyboard stays drawn when it scrolls out of view, as it would in a
  // plain table: its slot is not handed to another row under the admin's focus.
  const withFocusedRow = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedRow.current;
    if (focused === undefined || focused >= range.count || indexes.includes(focused))
      return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);
  const [editing, setEditing] = useState<{ line: number; text: string }>();
  useEffect(() => {
    // After the next paint: the moment the admin sees the rows (read by `npm run bench`).
    const frame = requestAnimationFrame(() =>
      setTimeout(() => performance.mark('portdesk:numbers-rendered'), 0),
    );
    return () => cancelAnimationFrame(frame);
  }, [props.rows]);
  // Sizes are kept by index: a new list, or a filter, puts other rows at those indexes. The
  // measured sizes are dropped here, and the new key function makes the virtualizer lay the
  // list out again in this render: once, where measure() in an effect made it twice, each a
  // pass over 100,000 rows, in the same task.
  const keyedRows = useRef(props.rows);
  const getItemKey = useMemo(() => (index: number) => index, [props.rows]);
  // A row without a message is exactly rowHeight; one with a message is guessed from its
  // length, then measured on screen. Measuring only those keeps a fast scroll through
  // 100,000 rows free of long tasks (each new size makes the virtualizer lay out again, reading
  // every row's guess: worked out once a list, here).
  const guesses = useMemo(() => {
    const lengths = props.rows.messageLengths;
    const sizes = new Float64Array(lengths.length);
    for (let i = 0; i < sizes.length; i++)
      sizes[i] = rowHeight + 20 * Math.floor(lengths[i]! / messageLine);
    return sizes;
  }, [props.rows]);
  // What rows with a message turned out to measure, by the message's length: a row not yet
  // shown is guessed from one of the same length when there is one. Each new size makes the
  // virtualizer lay every row below it out again (100,000 of them) and draw again, in the
  // frame: a guess that was right spares both.
  const measured = useMemo(() => new Map<number, number>(), [props.rows]);
  const estimate = (index: number): number => {
    const length = props.rows.messageLengths[index];
    return (length ? measured.get(length) : undefined) ?? guesses[index] ?? rowHeight;
  };
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getItemKey,
    getScrollElement: () => scroller.current,
    estimateSize: estimate,
    measureElement: (element, entry, instance) => {
      // A row just mounted (no ResizeObserver entry yet) keeps its guess: measuring it here, in
      // React's commit, made the virtualizer lay all 100,000 rows out again in that same task
      // (a long task on import). The ResizeObserver measures it before the frame is painted.
      if (!entry) {
        const index = instance.indexFromElement(element);
        return instance.itemSizeCache.get(index) ?? estimate(index);
      }
      const size = measureElement(element, entry, instance);
      const length = props.rows.messageLengths[instance.indexFromElement(element)];
      if (length) measured.set(length, size);
      return size;
    },
    overscan: 4,
    rangeExtractor: withFocusedRow,
  });
  if (keyedRows.current !== props.rows) {
    keyedRows.current = props.rows;
    virtualizer.itemSizeCache.clear();
  }
  const items = virtualizer.getVirtualItems();
  const shown = items.map((item) => props.rows.at(item.index)!);
  // Only rows of one line share elements: a row with a message is measured, and the
  // virtualizer knows a measured row by its element (one element, one row), as before.
  const slots = assignRowSlots(
    drawnSlots.current,
    items.flatMap((item, i) => (shown[i]!.message ? [] : [item.index])),
  );
  useLayoutEffect(() => {
    drawnSlots.current = slots;
  });
  const slotOf = new Map(slots.map(({ index, slot }) => [index, slot]));
  return (
    <div className={styles.frame}>
      <div
        role="table"
        aria-label="Numbers"
        aria-rowcount={props.rows.length + 1}
        className={styles.table}
      >
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className={mergeClasses(styles.row, styles.head)}>
            {['Line', 'Entered', 'Number', 'Country, type', 'Usage', 'Check', 'Actions'].map(
              (name) => (
                <span role="columnheader" key={name}>
                  {name}
                </span>
              ),
            )}
          </div>
        </div>
        {/* The scrolling body is itself the row group (ARIA wants rows right under it); a hidden sizer gives it its height. */}
        <div
          ref={scroller}
          id={numbersTableBodyId}
          role="rowgroup"
          className={styles.scroller}
          tabIndex={0}
          aria-label="Numbers, scrollable"
          onFocus={(e) => {
            const row = e.target.closest<HTMLElement>('[data-index]');
            focusedRow.current = row ? Number(row.dataset.index) : undefined;
          }}
          onBlur={() => (focusedRow.current = undefined)}
        >
          <div aria-hidden style={{ height: `${virtualizer.getTotalSize()}px` }} />
          <>
            {items.map((item, i) => {
              const row = shown[i]!;
              const isEditing = editing?.line === row.line;
              const checkId = `number-check-${item.index}`;
              return (
                <div
                  role="row"
                  aria-rowindex={item.index + 2}
                  key={row.message ? `row-${item.index}` : `slot-${slotOf.get(item.index)}`}
                  data-index={item.index}
                  ref={row.message ? virtualizer.measureElement : undefined}
                  className={styles.row}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <span role="cell" className={styles.text}>
                    {row.line}
                  </span>
                  <span
                    role="cell"
                    className={mergeClasses(styles.text, styles.entered)}
                    title={row.input}
                  >
                    {isEditing ? (
                      <Input
                        size="small"
                        aria-label={`Fix line ${row.line}`}
                        autoFocus
                        value={editing.text}
                        onChange={(_e, d) => setEditing({ line: row.line, text: d.value })}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') {
                            props.onFix(row.line, editing.text);
                            setEditing(undefined);
                          } else if (e.key === 'Escape') setEditing(undefined);
                        }}
                      />
                    ) : (
                      row.input
                    )}
                  </span>
                  <span role="cell" className={styles.text}>
                    {row.e164 ?? '—'}
                  </span>
                  <span role="cell" className={styles.text}>
                    {row.country && row.kind
                      ? `${row.country} · ${numberTypeWords[row.kind].label}`
                      : '—'}
                  </span>
                  <span role="cell">
                    {row.e164 && row.kind ? (
                      <select
                        className={styles.usage}
                        aria-label={`Usage of ${row.e164}`}
                        disabled={props.disabled}
                        value={props.usage.of(row.e164)}
                        onChange={(e) =>
                          props.usage.onChange(row.e164!, e.target.value as NumberUsage)
                        }
                      >
                        {props.usage.of(row.e164) === '' ? <option value="">Choose</option> : null}
                        {numberUsages.map((u) => (
                          <option key={u} value={u}>
                            {usageWords[u].label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      '—'
                    )}
                  </span>
                  <span
                    role="cell"
                    id={checkId}
                    className={mergeClasses(styles.text, styles.check, statusText(row.status))}
                  >
                    <StatusMark status={row.status} />
                    <span>{row.message ? row.message.replace(/^Line \d+: /, '') : 'OK'}</span>
                  </span>
                  <span role="cell" className={styles.actions}>
                    {row.status !== 'ok' && !isEditing ? (
                      <button
                        type="button"
                        className={styles.action}
                        disabled={props.disabled}
                        aria-label={`Fix line ${row.line}`}
                        aria-describedby={checkId}
                        title="Fix"
                        onClick={() => setEditing({ line: row.line, text: row.input })}
                      >
                        <EditRegular aria-hidden />
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className={styles.action}
                      disabled={props.disabled}
                      aria-label={removeName(row)}
                      aria-describedby={checkId}
                      title="Remove"
                      onClick={() => props.onRemove(row)}
                    >
                      <DeleteRegular aria-hidden />
                    </button>
                  </span>
                </div>
              );
            })}
          </>
        </div>
      </div>
    </div>
  );
}
