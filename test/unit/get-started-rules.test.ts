import { describe, expect, it } from 'vitest';

import { messagesAt, stepMessages } from '../support/order-rules-cases';

describe('Get started', () => {
  it('needs every checklist item confirmed, and says how many are left', () => {
    expect(messagesAt('getStarted', 'checklist', { getStarted: { checklist: [] } })).toEqual([
      'Checklist: confirm each item before you go on (4 still to confirm).',
    ]);
    expect(
      messagesAt('getStarted', 'checklist', {
        getStarted: { checklist: ['huntGroups', 'noPendingOrders', 'serviceActive'] },
      }),
    ).toEqual(['Checklist: confirm each item before you go on (1 still to confirm).']);
  });

  it('passes with every item confirmed, in any order', () => {
    expect(
      stepMessages('getStarted', {
        country: 'CA',
        checklist: ['noFreeze', 'serviceActive', 'noPendingOrders', 'huntGroups'],
      }),
    ).toEqual([]);
  });

  it('needs the country the numbers are in now, and takes only the United States or Canada', () => {
    expect(messagesAt('getStarted', 'country', { getStarted: { country: '' } })).toEqual([
      'Country or region: choose United States or Canada, where the numbers are now.',
    ]);
    expect(
      stepMessages('getStarted', { country: 'UK', checklist: [] }).filter(
        (m) => m.field === 'country',
      ),
    ).toEqual([{ field: 'country', message: expect.any(String) }]);
  });
});
