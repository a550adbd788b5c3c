import { reviewRows } from '@shared/order/review-rows';
import { type Order, orderSchema, type OrderStatus } from '@shared/schemas/order';
import { describe, expect, it } from 'vitest';

import { answersWith, type Patch, today, validNumbers } from '../support/order-rules-cases';

function order(patch: Patch, status: OrderStatus = 'ready'): Order {
  return orderSchema.parse({
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    status,
    createdAt: '2026-11-20T15:00:00.000Z',
    updatedAt: '2026-11-23T15:00:00.000Z',
    lastStep: 'review',
    visited: [],
    carrierPinSet: false,
    answers: answersWith(patch),
    numbers: validNumbers,
  });
}
const rowOf = (o: Order, step: 'authorize' | 'details', field: string) =>
  reviewRows(o, today)[step].find((r) => r.field === field);

describe('Review rows: the warnings beside the answers', () => {
  it('an e-signature request not sent yet is warned beside how the user signs, until its day is recorded', () => {
    const eSignature = { method: 'eSignature' as const, statements: [], signature: '' };
    const waiting = rowOf(order({ authorize: eSignature }), 'authorize', 'method');
    expect(waiting?.warning).toMatch(/^Request sent on: not recorded yet/);
    const sent = rowOf(
      order({ authorize: { ...eSignature, eSignatureSentOn: '2026-11-23' } }),
      'authorize',
      'method',
    );
    expect(sent).toMatchObject({
      value: expect.stringContaining('sent Monday, November 23, 2026'),
    });
    expect(sent?.warning).toBeUndefined();
    expect(rowOf(order({}), 'authorize', 'method')?.warning).toBeUndefined();
  });

  it("a desired date under 15 business days gets Microsoft's advice while the date can still change, not once submitted", () => {
    // Tuesday, December 1 is 5 business days after Monday, November 23 (Thanksgiving inside).
    const soon = { details: { desiredDate: '2026-12-01' } };
    expect(rowOf(order(soon), 'details', 'desiredDate')?.warning).toMatch(
      /^Desired date: .* is 5 business days out; Microsoft recommends 15/,
    );
    expect(rowOf(order(soon, 'processing'), 'details', 'desiredDate')?.warning).toBeUndefined();
    const later = { details: { desiredDate: '2026-12-21' } };
    expect(rowOf(order(later), 'details', 'desiredDate')?.warning).toBeUndefined();
  });
});
