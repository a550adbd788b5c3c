import {
  addDays,
  addWeeks,
  type Day,
  getDay,
  getYear,
  isSameDay,
  isSaturday,
  isSunday,
  lastDayOfMonth,
  nextDay,
  previousDay,
  startOfDay,
  subDays,
} from 'date-fns';

export interface FederalHoliday {
  name: string;
  /** The actual date, local midnight. */
  date: Date;
  /** The day off, local midnight: differs from `date` when the holiday falls on a weekend. */
  observed: Date;
}

const MONDAY: Day = 1;
const THURSDAY: Day = 4;

/** Local midnight of a calendar day, for any year: `new Date(y, …)` would read 0–99 as 1900–1999. */
function localDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setFullYear(year, monthIndex, day);
  return startOfDay(date);
}

/** The `n`th given weekday of a month (n = 1 for the first). */
function nthWeekday(year: number, monthIndex: number, weekday: Day, n: number): Date {
  const first = localDay(year, monthIndex, 1);
  return addWeeks(getDay(first) === weekday ? first : nextDay(first, weekday), n - 1);
}

/** The last given weekday of a month. */
function lastWeekday(year: number, monthIndex: number, weekday: Day): Date {
  const last = lastDayOfMonth(localDay(year, monthIndex, 1));
  return getDay(last) === weekday ? last : previousDay(last, weekday);
}

/** OPM's rule (Executive Order 11582): Saturday moves to the Friday before, Sunday to the Monday after. */
function observedDay(date: Date): Date {
  if (isSaturday(date)) return subDays(date, 1);
  if (isSunday(date)) return addDays(date, 1);
  return new Date(date.getTime()); // a copy, so mutating one field never moves the other
}

/** 5 U.S.C. 6103(a), in calendar order; `from` is the first year a holiday was in force. */
const rules: { name: string; from?: number; on: (year: number) => Date }[] = [
  { name: "New Year's Day", on: (y) => localDay(y, 0, 1) },
  {
    name: 'Birthday of Martin Luther King, Jr.',
    from: 1986,
    on: (y) => nthWeekday(y, 0, MONDAY, 3),
  },
  { name: "Washington's Birthday", on: (y) => nthWeekday(y, 1, MONDAY, 3) },
  { name: 'Memorial Day', on: (y) => lastWeekday(y, 4, MONDAY) },
  { name: 'Juneteenth National Independence Day', from: 2021, on: (y) => localDay(y, 5, 19) },
  { name: 'Independence Day', on: (y) => localDay(y, 6, 4) },
  { name: 'Labor Day', on: (y) => nthWeekday(y, 8, MONDAY, 1) },
  { name: 'Columbus Day', on: (y) => nthWeekday(y, 9, MONDAY, 2) },
  { name: 'Veterans Day', on: (y) => localDay(y, 10, 11) },
  { name: 'Thanksgiving Day', on: (y) => nthWeekday(y, 10, THURSDAY, 4) },
  { name: 'Christmas Day', on: (y) => localDay(y, 11, 25) },
];

/** The federal holidays of `year` by today's rules; New Year's Day's `observed` may fall in the year before. */
export function federalHolidays(year: number): FederalHoliday[] {
  return rules
    .filter((rule) => rule.from === undefined || year >= rule.from)
    .map((rule) => {
      const date = rule.on(year);
      return { name: rule.name, date, observed: observedDay(date) };
    });
}

/** The federal holiday whose day off is this local calendar day, or undefined (a weekend holiday is not its own day off). */
export function federalHolidayOn(date: Date): { name: string; observed: boolean } | undefined {
  const day = startOfDay(date);
  const year = getYear(day);
  // Next year too: when its Jan 1 is a Saturday, this year's Dec 31 is the day off.
  const match = [...federalHolidays(year), ...federalHolidays(year + 1)].find((h) =>
    isSameDay(h.observed, day),
  );
  return match && { name: match.name, observed: !isSameDay(match.date, match.observed) };
}
