import { UserFacingError } from '@shared/ipc-error';
import { currentStatus, earliestPendingFrom, pendingFrom } from '@shared/order/lifecycle';
import {
  type OrderStatus,
  orderStatusLabels,
  type TimelineEntry,
} from '@shared/schemas/order-status';
import { format } from 'date-fns';

import type { OrderRecord } from './order-record';
import { capped } from './timeline-cap';

/** Who wrote a line of history, and its words. */
export interface HistoryLine {
  note: string;
  by?: TimelineEntry['by'];
}

/**
 * The record as it stands at `now`: an approved transfer turns pending by itself 24 hours
 * before the FOC, dated then (not when PortDesk happened to notice). Same object when nothing changed.
 */
export function settle(record: OrderRecord, now: Date): OrderRecord {
  // Only an approved transfer moves by itself; the list settles every order, so the rest return at once.
  if (record.status !== 'transferApproved' || !record.foc) return record;
  // Most transfers are days away: that needs no time-zone rules (`earliestPendingFrom`).
  if (now.getTime() < earliestPendingFrom(record.foc)) return record;
  if (now.getTime() < pendingTime(record.foc)) return record;
  const status = currentStatus(record, now);
  if (status === record.status || !record.foc) return record;
  const entry: TimelineEntry = {
    at: pendingFrom(record.foc).toISOString(),
    status,
    note: 'Less than 24 hours before the transfer: the carrier has scheduled it, so it can no longer be cancelled.',
    by: 'app',
  };
  // Dated when it became due, which may be before lines written since: the history stays in time order.
  const timeline = capped([...record.timeline, entry].sort((a, b) => a.at.localeCompare(b.at)));
  return { ...record, status, timeline };
}

// The FOC's instant, once a date and time: working it out in Eastern time costs more than the whole row.
const pendingTimes = new Map<string, number>();

function pendingTime(foc: { date: string; time: string }): number {
  const key = `${foc.date} ${foc.time}`;
  let time = pendingTimes.get(key);
  if (time === undefined) pendingTimes.set(key, (time = pendingFrom(foc).getTime()));
  return time;
}

/** The refusal when an order's answers are locked by its status, with what the admin can do instead. */
export function lockedError(status: OrderStatus): UserFacingError {
  const instead =
    status === 'error' || status === 'cancelled'
      ? 'Recreate it as a new draft to change them.'
      : 'Duplicate it to start a new draft from its answers.';
  return new UserFacingError(
    'not-allowed',
    `This order is ${orderStatusLabels[status]}: its answers can no longer be changed. ${instead}`,
  );
}

/** A date the way the timeline says it: "Tuesday, December 8, 2026". */
export function longDate(isoDate: string): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  return format(new Date(y, m - 1, d), 'EEEE, MMMM d, yyyy');
}
