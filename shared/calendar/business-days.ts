import {
  addDays,
  eachDayOfInterval,
  format,
  isAfter,
  isWeekend as weekendDay,
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
  if (!isoDateShape.test(value)) return undefined;
  // Read by hand, not with date-fns `parse`: its pattern reader cost the Port orders page 6-9 ms
  // at start for 1,000 orders (`npm run bench`), for a shape the line above already fixes.
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(0);
  // setFullYear, not the constructor, which would read a year below 100 as 19xx.
  date.setFullYear(year, month - 1, day);
  date.setHours(0, 0, 0, 0);
  // A day the month does not have (2026-02-30) rolls into the next month: not a date. Year 0
  // is none either (date-fns refused it, and writes it back as 0001).
  return year > 0 && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** The local calendar day as `yyyy-MM-dd`, the inverse of parseIsoDate (throws on an Invalid Date). */
export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}
