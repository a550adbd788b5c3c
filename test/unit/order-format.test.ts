import { formatMoment } from '@renderer/features/order-list/order-format';
import { describe, expect, it } from 'vitest';

describe("formatMoment (a row's last change, in full)", () => {
  it('writes an instant as toLocaleString(en-US) does, across the year and its clock changes', () => {
    const instants = [
      '2026-01-01T00:00:00.000Z',
      '2026-03-08T07:30:05.000Z',
      '2026-07-04T16:45:59.000Z',
      '2026-11-01T06:15:00.000Z',
      '2026-12-31T23:59:59.999Z',
    ];
    expect(instants.map(formatMoment)).toEqual(
      instants.map((iso) => new Date(iso).toLocaleString('en-US')),
    );
  });
});
