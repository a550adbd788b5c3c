import { addDays, format, startOfDay } from 'date-fns';

import { isUsBusinessDay, isWeekend } from '../calendar/business-days';
import { federalHolidayOn } from '../calendar/us-federal-holidays';
import type { Country } from '../schemas/country';

/** Today's admin center: the fewest US business days before a desired date, by country (Microsoft, January 2025). */
export const minBusinessDays: Record<Country, number> = { US: 5, CA: 10 };
/** No desired date more than 30 calendar days out. */
export const maxCalendarDays = 30;
/** Microsoft recommends 15 business days or more: a sooner date gets a recommendation, not a refusal. */
export const recommendedBusinessDays = 15;

/** US business days after `today` up to and including `date` (weekends and federal holidays do not count). */
export function businessDaysUntil(today: Date, date: Date): number {
  let count = 0;
  for (let day = addDays(startOfDay(today), 1); day <= date; day = addDays(day, 1))
    if (isUsBusinessDay(day)) count++;
  return count;
}

/** The soonest desired date a country's order may ask for: its Nth US business day after today. */
export function earliestDesiredDate(today: Date, country: Country): Date {
  let day = startOfDay(today);
  for (let left = minBusinessDays[country]; left > 0;) {
    day = addDays(day, 1);
    if (isUsBusinessDay(day)) left--;
  }
  return day;
}

/** The latest desired date any order may ask for: 30 calendar days out. */
export function latestDesiredDate(today: Date): Date {
  return addDays(startOfDay(today), maxCalendarDays);
}

const longDate = (d: Date) => format(d, 'EEEE, MMMM d, yyyy');

/** Why a day cannot be the desired date, in words (a weekend, the holiday's name, too soon, too late), or undefined. */
export function desiredDateProblem(
  date: Date,
  today: Date,
  country: Country,
): { kind: 'weekend' | 'holiday' | 'tooSoon' | 'tooLate'; words: string } | undefined {
  if (isWeekend(date))
    return { kind: 'weekend', words: 'a weekend: ports happen on US business days' };
  const holiday = federalHolidayOn(date);
  if (holiday)
    return {
      kind: 'holiday',
      words: `${holiday.name}${holiday.observed ? ' (observed)' : ''}, a US federal holiday`,
    };
  const earliest = earliestDesiredDate(today, country);
  if (date < earliest) {
    const n = minBusinessDays[country];
    return {
      kind: 'tooSoon',
      words: `fewer than ${n} business days out (${country === 'CA' ? 'Canadian' : 'US'} orders need ${n}; the first date is ${longDate(earliest)})`,
    };
  }
  if (date > latestDesiredDate(today))
    return {
      kind: 'tooLate',
      words: `more than ${maxCalendarDays} days out (the last date is ${longDate(latestDesiredDate(today))})`,
    };
  return undefined;
}

/** Microsoft's recommendation for a date under 15 business days out, or undefined. */
export function leadTimeAdvice(date: Date, today: Date): string | undefined {
  const days = businessDaysUntil(today, date);
  if (days >= recommendedBusinessDays) return undefined;
  return `Desired date: ${longDate(date)} is ${days} business day${days === 1 ? '' : 's'} out; Microsoft recommends ${recommendedBusinessDays} or more, so the carrier may move it.`;
}
