import { Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import type { CheckedNumber } from '@shared/numbers/check-numbers';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';

const rowHeight = 36;
const columns = '48px minmax(120px, 1fr) 116px 120px minmax(160px, 2fr) 72px';

const useStyles = makeStyles({
  // Header and rows scroll sideways together when the window is narrow; only the rows scroll down.
  frame: {
    overflowX: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { minWidth: '680px' },
  row: {
    display: 'grid',
    gridTemplateColumns: columns,
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalS,
    height: `${rowHeight}px`,
    boxSizing: 'border-box',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  head: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  scroller: { maxHeight: '420px', overflowY: 'auto', overflowX: 'hidden', position: 'relative' },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
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

const kindWords = { geographic: 'Geographic', tollFree: 'Toll-free' } as const;

/** Every number of the list, virtualized (100,000 rows scroll as smoothly as 10), with a fix in place and removal. */
export function NumbersTable(props: {
  rows: CheckedNumber[];
  /** While the list is being checked, nothing in it can change. */
  disabled: boolean;
  onFix: (line: number, text: string) => void;
  onRemove: (row: CheckedNumber) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<{ line: number; text: string }>();
  useEffect(() => {
    // After the next paint: the moment the admin sees the rows (read by `npm run bench`).
    const frame = requestAnimationFrame(() =>
      setTimeout(() => performance.mark('portdesk:numbers-rendered'), 0),
    );
    return () => cancelAnimationFrame(frame);
  }, [props.rows]);
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 4,
  });
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
            {['Line', 'Entered', 'Number', 'Country, type', 'Check', 'Actions'].map((name) => (
              <span role="columnheader" key={name}>
                {name}
              </span>
            ))}
          </div>
        </div>
        {/* The scrolling body is itself the row group (ARIA wants rows right under it); a hidden sizer gives it its height. */}
        <div
          ref={scroller}
          role="rowgroup"
          className={styles.scroller}
          tabIndex={0}
          aria-label="Numbers, scrollable"
        >
          <div aria-hidden style={{ height: `${virtualizer.getTotalSize()}px` }} />
          <>
            {virtualizer.getVirtualItems().map((item) => {
              const row = props.rows[item.index]!;
              const isEditing = editing?.line === row.line;
              return (
                <div
                  role="row"
                  aria-rowindex={item.index + 2}
                  key={item.key}
                  className={styles.row}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <span role="cell">{row.line}</span>
                  <span role="cell" className={styles.cell}>
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
                  <span role="cell">{row.e164 ?? '—'}</span>
                  <span role="cell">
                    {row.country && row.kind ? `${row.country} · ${kindWords[row.kind]}` : '—'}
                  </span>
                  <span
                    role="cell"
                    className={mergeClasses(
                      styles.cell,
                      row.status === 'error' || row.status === 'duplicate'
                        ? styles.error
                        : row.status === 'warning'
                          ? styles.warning
                          : undefined,
                    )}
                    title={row.message}
                  >
                    {row.message ? row.message.replace(/^Line \d+: /, '') : 'OK'}
                  </span>
                  <span role="cell" className={styles.actions}>
                    {row.status !== 'ok' && !isEditing ? (
                      <button
                        type="button"
                        className={styles.action}
                        disabled={props.disabled}
                        aria-label={`Fix line ${row.line}`}
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
                      aria-label={`Remove ${row.e164 ?? `line ${row.line}`}`}
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
