import {
  addDays,
  eachDayOfInterval,
  format,
  isAfter,
  isValid,
  isWeekend as weekendDay,
  parse,
  startOfDay,
} from 'date-fns';

import { federalHolidayOn } from './us-federal-holidays';

/** Saturday or Sunday, local time: carriers do not complete ports on weekends. */
export function isWeekend(date: Date): boolean {
  return weekendDay(date);
}

/** A weekday that is not a federal holiday's day off: the only days a US carrier completes a port. */
export function isUsBusinessDay(date: Date): boolean {
  return !isWeekend(date) && federalHolidayOn(date) === undefined;
}

/** The first US business day at least `minDaysOut` calendar days after `today`, local midnight: the soonest date a carrier accepts. */
export function earliestTransferDate(today: Date, minDaysOut = 7): Date {
  let day = addDays(startOfDay(today), minDaysOut);
  // At most a weekend plus an observed holiday stand in the way, so this ends within a few days.
  while (!isUsBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/** Every weekend day and holiday day off in [from, to], local midnight, for a date picker to disable; empty when from is after to. */
export function nonBusinessDaysBetween(from: Date, to: Date): Date[] {
  const start = startOfDay(from);
  const end = startOfDay(to);
  // eachDayOfInterval walks backwards when start is after end; a reversed range holds no days.
  if (isAfter(start, end)) return [];
  return eachDayOfInterval({ start, end }).filter((day) => !isUsBusinessDay(day));
}

const isoDateShape = /^\d{4}-\d{2}-\d{2}$/;

/** A strict `yyyy-MM-dd` real calendar date at local midnight, or undefined; never UTC, unlike `new Date(string)`. */
export function parseIsoDate(value: string): Date | undefined {
  // date-fns `parse` alone accepts '2026-2-3' for yyyy-MM-dd, so the shape is checked first.
  if (!isoDateShape.test(value)) return undefined;
  const date = parse(value, 'yyyy-MM-dd', new Date(0));
  return isValid(date) ? date : undefined;
}

/** The local calendar day as `yyyy-MM-dd`, the inverse of parseIsoDate (throws on an Invalid Date). */
export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}
