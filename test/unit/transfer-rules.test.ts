import { startTimes } from '@shared/order/transfer-times';
import { describe, expect, it } from 'vitest';

import { messagesAt } from '../support/order-rules-cases';

describe('Transfer date', () => {
  const dateMessages = (desiredDate: string) =>
    messagesAt('transfer', 'desiredDate', { transfer: { desiredDate } });

  it('needs a date', () => {
    expect(dateMessages('')).toEqual([
      'Desired date: choose the day you want the numbers to move.',
    ]);
  });

  it.each(['2026-13-01', '12/01/2026', '2026-12-1', 'tomorrow', '2026-02-30'])(
    'refuses the malformed date "%s"',
    (desiredDate) => {
      expect(dateMessages(desiredDate)).toEqual(['Desired date: choose a date from the calendar.']);
    },
  );

  it.each([
    ['2026-12-05', 'Saturday, December 5, 2026'],
    ['2026-12-06', 'Sunday, December 6, 2026'],
  ])('refuses the weekend day %s', (desiredDate, long) => {
    expect(dateMessages(desiredDate)).toEqual([
      `Desired date: ${long} is a weekend; ports happen on US business days.`,
    ]);
  });

  it('refuses a federal holiday, naming it', () => {
    expect(dateMessages('2026-12-25')).toEqual([
      'Desired date: Friday, December 25, 2026 is Christmas Day, a US federal holiday; ports do not happen then.',
    ]);
  });

  it('refuses the weekday a weekend holiday is observed on', () => {
    expect(dateMessages('2027-07-05')).toEqual([
      'Desired date: Monday, July 5, 2027 is Independence Day (observed), a US federal holiday; ports do not happen then.',
    ]);
  });

  it('refuses a business day earlier than 7 days from today', () => {
    for (const desiredDate of ['2026-11-24', '2026-11-27', '2026-11-20']) {
      expect(dateMessages(desiredDate)).toEqual([
        'Desired date: choose Monday, November 30, 2026 or later; carriers need at least 7 days.',
      ]);
    }
  });

  it('accepts the earliest allowed date, and later business days', () => {
    for (const desiredDate of ['2026-11-30', '2026-12-01', '2027-07-06'])
      expect(dateMessages(desiredDate)).toEqual([]);
  });

  it('needs a start time from the list', () => {
    const timeMessages = (startTime: string) =>
      messagesAt('transfer', 'startTime', { transfer: { startTime } });
    for (const startTime of ['', '07:30', '9:00', '09:15', '18:30']) {
      expect(timeMessages(startTime)).toEqual([
        'Start time: choose when the transfer should start (Eastern time).',
      ]);
    }
    for (const startTime of ['08:00', '12:30', '18:00'])
      expect(timeMessages(startTime)).toEqual([]);
  });

  it('offers every half hour from 8:00 AM to 6:00 PM', () => {
    expect(startTimes).toHaveLength(21);
    expect(startTimes[0]).toEqual({ value: '08:00', label: '8:00 AM' });
    expect(startTimes.find((t) => t.value === '12:30')?.label).toBe('12:30 PM');
    expect(startTimes.at(-1)).toEqual({ value: '18:00', label: '6:00 PM' });
  });
});
