import { Badge, mergeClasses } from '@fluentui/react-components';
import { CopyRegular, DeleteRegular } from '@fluentui/react-icons';
import { countWords } from '@shared/count-words';
import { canDelete } from '@shared/order/lifecycle';
import { stepTitles } from '@shared/order/steps';
import type { OrderSummary } from '@shared/schemas/order';
import { orderStatusLabels } from '@shared/schemas/order-status-words';
import { memo } from 'react';

import {
  countryColumn,
  formatChange,
  formatDay,
  formatMoment,
  numberTypeColumn,
  statusColor,
} from './order-format';
import { useTableStyles } from './table-styles';

/** What a row can do; one object for the whole table, so a row re-renders only when its own order changes. */
export interface RowActions {
  open: (id: string) => void;
  duplicate: (id: string) => void;
  remove: (order: OrderSummary) => void;
}

/** One order of the table, placed by the virtualizer at `top`. */
export const OrderRow = memo(function OrderRow({
  order,
  index,
  measure,
  top,
  actions,
}: {
  order: OrderSummary;
  /** 0-based among the rows shown (the virtualizer's index). */
  index: number;
  /** The virtualizer's measuring ref, for a row whose name wraps. */
  measure: ((el: HTMLElement | null) => void) | undefined;
  top: number;
  actions: RowActions;
}): React.JSX.Element {
  const styles = useTableStyles();
  const progress = `${order.stepsComplete} of ${order.stepsTotal} steps · at ${stepTitles[order.lastStep]}`;
  return (
    <div
      ref={measure}
      data-index={index}
      role="row"
      aria-rowindex={index + 2}
      className={styles.row}
      style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${top}px)` }}
    >
      <div role="cell" className={styles.cell}>
        <button
          type="button"
          className={styles.link}
          data-order-id={order.id}
          onClick={() => actions.open(order.id)}
        >
          {order.name}
        </button>
        <span className={mergeClasses(styles.muted, styles.clip)}>{order.companyName}</span>
      </div>
      <div role="cell" className={styles.cell}>
        <span className={styles.clip} title={order.carrierName}>
          {order.carrierName || '—'}
        </span>
        {order.microsoftOrderId ? (
          <span className={mergeClasses(styles.muted, styles.clip)}>{order.microsoftOrderId}</span>
        ) : null}
      </div>
      <div role="cell" className={styles.cell}>
        {countryColumn(order.country) ?? '—'}
      </div>
      <div role="cell" className={styles.cell}>
        {numberTypeColumn(order.numberType) ?? '—'}
      </div>
      <div role="cell" className={mergeClasses(styles.cell, styles.number)}>
        {countWords(order.numberCount)}
      </div>
      <div role="cell" className={styles.cell}>
        <Badge appearance="tint" color={statusColor[order.status]}>
          {orderStatusLabels[order.status]}
        </Badge>
        {/* Progress matters while the order is drafted; after that every step is done. */}
        {order.status === 'draft' ? (
          <span className={mergeClasses(styles.muted, styles.clip)} title={progress}>
            {progress}
          </span>
        ) : null}
      </div>
      <div role="cell" className={styles.cell}>
        {order.transferDateKind === 'none' ? (
          '—'
        ) : (
          <>
            <time dateTime={order.transferDate}>{formatDay(order.transferDate)}</time>
            <span className={styles.muted}>
              {order.transferDateKind === 'foc' ? 'FOC' : 'desired'}
            </span>
          </>
        )}
      </div>
      <div role="cell" className={styles.cell}>
        <time
          dateTime={order.updatedAt}
          title={formatMoment(order.updatedAt)}
          className={styles.clip}
        >
          {formatChange(order.updatedAt)}
        </time>
      </div>
      <div role="cell" className={mergeClasses(styles.cell, styles.actions)}>
        <button
          type="button"
          className={styles.action}
          aria-label={`Duplicate ${order.name}`}
          title="Duplicate"
          onClick={() => actions.duplicate(order.id)}
        >
          <CopyRegular aria-hidden />
        </button>
        {canDelete(order.status) ? (
          <button
            type="button"
            className={styles.action}
            aria-label={`Delete ${order.name}`}
            title="Delete"
            onClick={() => actions.remove(order)}
          >
            <DeleteRegular aria-hidden />
          </button>
        ) : null}
      </div>
    </div>
  );
});
