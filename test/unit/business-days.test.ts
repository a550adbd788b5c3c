import {
  earliestTransferDate,
  isUsBusinessDay,
  isWeekend,
  nonBusinessDaysBetween,
  parseIsoDate,
  toIsoDate,
} from '@shared/calendar/business-days';
import { describe, expect, it } from 'vitest';

/** Local midnight, month 1-based; never a UTC-parsed string. */
const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

const iso = (dates: Date[]) => dates.map(toIsoDate);

describe('business days', () => {
  it('tells weekends from weekdays', () => {
    expect([d(2026, 3, 7), d(2026, 3, 8), d(2026, 3, 9)].map(isWeekend)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('counts only weekdays that are not a holiday day off', () => {
    expect(isUsBusinessDay(d(2026, 3, 10))).toBe(true);
    expect(isUsBusinessDay(d(2026, 3, 7))).toBe(false);
    expect(isUsBusinessDay(d(2026, 11, 26))).toBe(false);
    expect(isUsBusinessDay(d(2026, 7, 3))).toBe(false);
    expect(isUsBusinessDay(d(2027, 12, 31))).toBe(false);
    expect(isUsBusinessDay(d(2026, 12, 31))).toBe(true);
  });
});

describe('earliestTransferDate', () => {
  const earliest = (today: Date, minDaysOut?: number) =>
    toIsoDate(earliestTransferDate(today, minDaysOut));

  it('is today plus seven days when that is a business day', () => {
    expect(earliest(d(2026, 11, 23))).toBe('2026-11-30');
  });

  it('skips a holiday', () => {
    expect(earliest(d(2026, 11, 19))).toBe('2026-11-27');
  });

  it('skips a weekend', () => {
    expect(earliest(d(2026, 3, 7))).toBe('2026-03-16');
    expect(earliest(d(2026, 3, 3), 4)).toBe('2026-03-09');
  });

  it('skips an observed day off followed by a weekend', () => {
    expect(earliest(d(2026, 6, 26))).toBe('2026-07-06');
    expect(earliest(d(2027, 12, 24))).toBe('2028-01-03');
  });

  it('crosses a daylight-saving change without drifting off midnight', () => {
    expect(earliestTransferDate(d(2026, 3, 1)).getTime()).toBe(d(2026, 3, 9).getTime());
    expect(earliestTransferDate(d(2026, 10, 28)).getTime()).toBe(d(2026, 11, 4).getTime());
  });

  it('returns local midnight whatever the time of day', () => {
    const result = earliestTransferDate(new Date(2026, 10, 23, 23, 59));
    expect(result.getTime()).toBe(d(2026, 11, 30).getTime());
  });

  it('returns today itself with no minimum when today is a business day', () => {
    expect(earliest(d(2026, 3, 10), 0)).toBe('2026-03-10');
  });
});

describe('nonBusinessDaysBetween', () => {
  it('lists the weekend and holiday of a week, at local midnight', () => {
    const days = nonBusinessDaysBetween(d(2026, 11, 23), d(2026, 11, 29));
    expect(iso(days)).toEqual(['2026-11-26', '2026-11-28', '2026-11-29']);
    expect(days.every((day) => day.getHours() === 0 && day.getMinutes() === 0)).toBe(true);
  });

  it('includes both ends and crosses into the next year', () => {
    expect(iso(nonBusinessDaysBetween(d(2027, 12, 31), d(2028, 1, 3)))).toEqual([
      '2027-12-31',
      '2028-01-01',
      '2028-01-02',
    ]);
  });

  it('is empty for a reversed range', () => {
    expect(nonBusinessDaysBetween(d(2026, 11, 29), d(2026, 11, 23))).toEqual([]);
  });
});

describe('parseIsoDate and toIsoDate', () => {
  it('parses a real date to local midnight', () => {
    expect(parseIsoDate('2026-02-03')?.getTime()).toBe(d(2026, 2, 3).getTime());
    expect(parseIsoDate('2024-02-29')?.getTime()).toBe(d(2024, 2, 29).getTime());
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '0000-06-15',
    '2026-13-01',
    '2026-00-10',
    '2026-2-3',
    '26-02-03',
    '20260203',
    '',
    ' 2026-02-03',
    '2026-02-03T00:00',
    '2026/02/03',
  ])('rejects %j', (value) => {
    expect(parseIsoDate(value)).toBeUndefined();
  });

  it('formats the local calendar day and round-trips', () => {
    expect(toIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(toIsoDate(parseIsoDate('2027-12-31') ?? new Date(NaN))).toBe('2027-12-31');
  });
});
