import { inTransferWindow, startTimesFor } from '@shared/order/transfer-times';
import { describe, expect, it } from 'vitest';

describe('start times offered', () => {
  it('offers US user numbers every half hour from 8:00 AM to 8:00 PM', () => {
    const times = startTimesFor('US', 'geographic');
    expect(times).toHaveLength(25);
    expect(times[0]).toEqual({ value: '08:00', label: '8:00 AM' });
    expect(times.at(-1)).toEqual({ value: '20:00', label: '8:00 PM' });
  });

  it.each([
    ['CA', 'geographic'],
    ['CA', 'tollFree'],
    ['US', 'tollFree'],
  ] as const)('offers %s %s numbers 11:30 AM only', (country, type) => {
    expect(startTimesFor(country, type)).toEqual([{ value: '11:30', label: '11:30 AM' }]);
    expect(inTransferWindow('11:30', country, type)).toBe(true);
    expect(inTransferWindow('11:00', country, type)).toBe(false);
  });
});
