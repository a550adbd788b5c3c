import { isWeekend, toIsoDate } from '@shared/calendar/business-days';
import { federalHolidayOn, federalHolidays } from '@shared/calendar/us-federal-holidays';
import { eachDayOfInterval } from 'date-fns';
import { describe, expect, it } from 'vitest';

/** Local midnight, month 1-based; never a UTC-parsed string. */
const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

const iso = (dates: Date[]) => dates.map(toIsoDate);

const names = [
  "New Year's Day",
  'Birthday of Martin Luther King, Jr.',
  "Washington's Birthday",
  'Memorial Day',
  'Juneteenth National Independence Day',
  'Independence Day',
  'Labor Day',
  'Columbus Day',
  'Veterans Day',
  'Thanksgiving Day',
  'Christmas Day',
];

/** Observed days off from OPM's federal holiday tables, in the order of `names`. */
const opm: Record<number, Date[]> = {
  2021: [
    d(2021, 1, 1),
    d(2021, 1, 18),
    d(2021, 2, 15),
    d(2021, 5, 31),
    d(2021, 6, 18),
    d(2021, 7, 5),
    d(2021, 9, 6),
    d(2021, 10, 11),
    d(2021, 11, 11),
    d(2021, 11, 25),
    d(2021, 12, 24),
  ],
  2023: [
    d(2023, 1, 2),
    d(2023, 1, 16),
    d(2023, 2, 20),
    d(2023, 5, 29),
    d(2023, 6, 19),
    d(2023, 7, 4),
    d(2023, 9, 4),
    d(2023, 10, 9),
    d(2023, 11, 10),
    d(2023, 11, 23),
    d(2023, 12, 25),
  ],
  2026: [
    d(2026, 1, 1),
    d(2026, 1, 19),
    d(2026, 2, 16),
    d(2026, 5, 25),
    d(2026, 6, 19),
    d(2026, 7, 3),
    d(2026, 9, 7),
    d(2026, 10, 12),
    d(2026, 11, 11),
    d(2026, 11, 26),
    d(2026, 12, 25),
  ],
  2027: [
    d(2027, 1, 1),
    d(2027, 1, 18),
    d(2027, 2, 15),
    d(2027, 5, 31),
    d(2027, 6, 18),
    d(2027, 7, 5),
    d(2027, 9, 6),
    d(2027, 10, 11),
    d(2027, 11, 11),
    d(2027, 11, 25),
    d(2027, 12, 24),
  ],
};

/** Days off falling in the calendar year that belong to the next year's New Year's Day. */
const nextNewYearObserved: Record<number, Date[]> = {
  2021: [d(2021, 12, 31)],
  2023: [],
  2026: [],
  2027: [d(2027, 12, 31)],
};

describe('federalHolidays', () => {
  for (const [year, observed] of Object.entries(opm)) {
    it(`matches OPM's observed days for ${year}`, () => {
      const holidays = federalHolidays(Number(year));
      expect(holidays.map((h) => h.name)).toEqual(names);
      expect(iso(holidays.map((h) => h.observed))).toEqual(iso(observed));
    });

    it(`finds exactly OPM's days off inside calendar year ${year}`, () => {
      const y = Number(year);
      const daysOff = eachDayOfInterval({ start: d(y, 1, 1), end: d(y, 12, 31) }).filter((day) =>
        federalHolidayOn(day),
      );
      expect(iso(daysOff)).toEqual(iso([...observed, ...(nextNewYearObserved[y] ?? [])]));
    });
  }

  it('keeps the actual date apart from the day off', () => {
    const juneteenth = federalHolidays(2021).find((h) => h.name.startsWith('Juneteenth'));
    expect(juneteenth && iso([juneteenth.date, juneteenth.observed])).toEqual([
      '2021-06-19',
      '2021-06-18',
    ]);
    const veterans = federalHolidays(2026).find((h) => h.name === 'Veterans Day');
    expect(veterans && iso([veterans.date, veterans.observed])).toEqual([
      '2026-11-11',
      '2026-11-11',
    ]);
  });

  it("observes a Saturday New Year's Day on Dec 31 of the year before", () => {
    const [newYear] = federalHolidays(2022);
    expect(newYear && [newYear.name, ...iso([newYear.date, newYear.observed])]).toEqual([
      "New Year's Day",
      '2022-01-01',
      '2021-12-31',
    ]);
  });

  it('returns local midnight', () => {
    for (const h of federalHolidays(2026)) {
      expect([h.date.getHours(), h.date.getMinutes(), h.observed.getHours()]).toEqual([0, 0, 0]);
    }
  });

  it('puts every day off on a weekday and every Monday holiday on a Monday, 1990-2100', () => {
    for (let year = 1990; year <= 2100; year++) {
      for (const h of federalHolidays(year)) {
        expect(isWeekend(h.observed)).toBe(false);
        if (/King|Washington|Memorial|Labor|Columbus/.test(h.name)) expect(h.date.getDay()).toBe(1);
        if (h.name === 'Thanksgiving Day')
          expect([h.date.getDay(), h.date.getDate() >= 22]).toEqual([4, true]);
      }
    }
  });

  it('computes two-digit years as themselves, not as 19xx', () => {
    expect(federalHolidays(50).at(-1)?.date.getFullYear()).toBe(50);
  });

  it('has no Juneteenth before 2021 and no MLK Day before 1986', () => {
    expect(federalHolidays(2020).map((h) => h.name)).not.toContain(names[4]);
    expect(federalHolidays(2020)).toHaveLength(10);
    expect(federalHolidays(1985).map((h) => h.name)).not.toContain(names[1]);
    expect(federalHolidays(1985)).toHaveLength(9);
    expect(toIsoDate(federalHolidays(1986)[1]?.date ?? new Date(NaN))).toBe('1986-01-20');
  });
});

describe('federalHolidayOn', () => {
  it('names the holiday and whether the day off was moved', () => {
    expect(federalHolidayOn(d(2026, 11, 26))).toEqual({
      name: 'Thanksgiving Day',
      observed: false,
    });
    expect(federalHolidayOn(d(2026, 7, 3))).toEqual({ name: 'Independence Day', observed: true });
    expect(federalHolidayOn(d(2023, 1, 2))).toEqual({ name: "New Year's Day", observed: true });
  });

  it("catches Dec 31 when the next year's Jan 1 is a Saturday", () => {
    expect(federalHolidayOn(d(2021, 12, 31))).toEqual({ name: "New Year's Day", observed: true });
    expect(federalHolidayOn(d(2027, 12, 31))).toEqual({ name: "New Year's Day", observed: true });
    expect(federalHolidayOn(d(2026, 12, 31))).toBeUndefined();
  });

  it('returns undefined for a holiday that falls on a weekend, and for ordinary days', () => {
    expect(federalHolidayOn(d(2022, 1, 1))).toBeUndefined();
    expect(federalHolidayOn(d(2026, 7, 4))).toBeUndefined();
    expect(federalHolidayOn(d(2023, 11, 11))).toBeUndefined();
    expect(federalHolidayOn(d(2026, 3, 10))).toBeUndefined();
  });

  it('ignores the time of day', () => {
    expect(federalHolidayOn(new Date(2026, 11, 25, 23, 59))?.name).toBe('Christmas Day');
  });
});
