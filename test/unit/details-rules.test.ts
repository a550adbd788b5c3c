import { accountFieldLabels } from '@shared/order/field-labels';
import { detailsWarnings } from '@shared/order/rules/details-rules';
import { describe, expect, it } from 'vitest';

import { messagesAt, type Patch, today, validNumbers } from '../support/order-rules-cases';

/*
 * Porting details, with today = Monday, November 23, 2026: Thanksgiving (Thursday the 26th)
 * and two weekends sit inside the lead-time windows, so business days are counted, not days.
 */
const dateMessages = (desiredDate: string, patch: Patch = {}) =>
  messagesAt('details', 'desiredDate', { ...patch, details: { desiredDate, ...patch.details } });
const canada: Patch = {
  getStarted: { country: 'CA' },
  details: { startTime: '11:30' },
  account: { region: 'ON', postalCode: 'M5H 2N2' },
};

describe('Porting details: the desired date', () => {
  it('needs a date, and reads only a real yyyy-MM-dd date', () => {
    expect(dateMessages('')).toEqual([
      'Desired date: choose the day you want the numbers to move.',
    ]);
    for (const bad of ['2026-13-01', '12/01/2026', 'tomorrow', '2026-02-30'])
      expect(dateMessages(bad)).toEqual([
        'Desired date: enter a date such as 2026-03-16, or choose one from the calendar.',
      ]);
  });

  describe('United States: at least 5 business days out', () => {
    it('counts Thanksgiving out: Tuesday, December 1 is the 5th business day and the first allowed', () => {
      expect(dateMessages('2026-12-01')).toEqual([]);
    });

    it('refuses the 4th business day (Monday, November 30), with the weekend and the holiday inside', () => {
      expect(dateMessages('2026-11-30')).toEqual([
        'Desired date: Monday, November 30, 2026 is fewer than 5 business days out (US orders need 5; the first date is Tuesday, December 1, 2026).',
      ]);
      expect(dateMessages('2026-11-27')[0]).toContain('fewer than 5 business days out');
    });
  });

  describe('Canada: at least 10 business days out', () => {
    it('refuses the 9th business day (Monday, December 7) and takes the 10th (Tuesday, December 8)', () => {
      expect(dateMessages('2026-12-07', canada)).toEqual([
        'Desired date: Monday, December 7, 2026 is fewer than 10 business days out (Canadian orders need 10; the first date is Tuesday, December 8, 2026).',
      ]);
      expect(dateMessages('2026-12-08', canada)).toEqual([]);
    });

    it('takes a date a US order takes only when it is 10 business days out', () => {
      expect(dateMessages('2026-12-01', canada)[0]).toContain('fewer than 10 business days out');
    });
  });

  it('refuses more than 30 calendar days out, for both countries', () => {
    // Today + 30 = Wednesday, December 23: the last date; Thursday the 24th is one day too far.
    expect(dateMessages('2026-12-23')).toEqual([]);
    expect(dateMessages('2026-12-23', canada)).toEqual([]);
    for (const patch of [{}, canada])
      expect(dateMessages('2026-12-24', patch)).toEqual([
        'Desired date: Thursday, December 24, 2026 is more than 30 days out (the last date is Wednesday, December 23, 2026).',
      ]);
  });

  it('refuses weekends and federal holidays by name, inside the window', () => {
    expect(dateMessages('2026-12-05')).toEqual([
      'Desired date: Saturday, December 5, 2026 is a weekend: ports happen on US business days.',
    ]);
    expect(dateMessages('2026-11-26')).toEqual([
      'Desired date: Thursday, November 26, 2026 is Thanksgiving Day, a US federal holiday.',
    ]);
  });

  it('asks for the country first', () => {
    expect(dateMessages('2026-12-01', { getStarted: { country: '' } })).toEqual([
      'Desired date: first choose the country on the Get started step.',
    ]);
  });

  it('recommends 15 business days or more, without refusing', () => {
    const advice = (desiredDate: string) =>
      detailsWarnings({ desiredDate }, { today, numbers: validNumbers });
    expect(advice('2026-12-01')).toEqual([
      {
        field: 'desiredDate',
        message:
          'Desired date: Tuesday, December 1, 2026 is 5 business days out; Microsoft recommends 15 or more, so the carrier may move it.',
      },
    ]);
    // 14 business days (Monday, December 14) still gets it; 15 (Tuesday, December 15) does not.
    expect(advice('2026-12-14')).toHaveLength(1);
    expect(advice('2026-12-15')).toEqual([]);
  });
});

describe('Porting details: the start time', () => {
  const timeMessages = (startTime: string, patch: Patch = {}) =>
    messagesAt('details', 'startTime', { ...patch, details: { startTime, ...patch.details } });
  const usTollFree: Patch = { numbers: { numberType: 'tollFree', usage: 'voiceApp' } };

  it('US user numbers: every half hour from 8:00 AM to 8:00 PM Eastern', () => {
    for (const ok of ['08:00', '12:30', '19:30', '20:00']) expect(timeMessages(ok)).toEqual([]);
    for (const no of ['07:30', '20:30'])
      expect(timeMessages(no)).toEqual([
        'Start time: US user numbers port between 8:00 AM and 8:00 PM Eastern; choose a time from the list.',
      ]);
  });

  it('Canadian numbers: 11:30 AM Eastern only', () => {
    expect(timeMessages('11:30', { getStarted: { country: 'CA' } })).toEqual([]);
    expect(timeMessages('09:00', { getStarted: { country: 'CA' } })).toEqual([
      'Start time: Canadian numbers port at 11:30 AM Eastern; choose a time from the list.',
    ]);
  });

  it('US toll-free numbers: 11:30 AM Eastern only', () => {
    expect(timeMessages('11:30', usTollFree)).toEqual([]);
    expect(timeMessages('09:00', usTollFree)).toEqual([
      'Start time: US toll-free numbers port at 11:30 AM Eastern; choose a time from the list.',
    ]);
  });

  it('needs a time', () => {
    expect(timeMessages('')).toEqual([
      'Start time: choose when the transfer should start (Eastern time).',
    ]);
  });
});

describe('Porting details: the order', () => {
  it('needs a name, a requester and at least one notification address, as the admin center does', () => {
    for (const field of ['orderName', 'requester', 'notificationEmails'] as const) {
      for (const empty of ['', '   ']) {
        const messages = messagesAt('details', field, { details: { [field]: empty } });
        expect(messages, `${field} "${empty}"`).toHaveLength(1);
        expect(messages[0]).toMatch(new RegExp(`^${accountFieldLabels[field]}: `));
      }
      // Given, each passes.
      expect(messagesAt('details', field), field).toEqual([]);
    }
    expect(messagesAt('details', 'requester', { details: { requester: 'Lee Park' } })).toEqual([]);
  });
});
