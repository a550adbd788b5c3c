import { checkOrder } from '@shared/order/check-order';
import { answerStepIds } from '@shared/order/steps';
import { emptyAnswers } from '@shared/schemas/order-answers';
import { describe, expect, it } from 'vitest';

import {
  answersWith,
  messagesAt,
  today,
  validAnswers,
  validNumbers,
} from '../support/order-rules-cases';

describe('checkOrder on whole orders', () => {
  it('finds nothing wrong in the valid order, and counts all six steps complete', () => {
    const check = checkOrder(
      { answers: validAnswers(), carrierPinSet: false, numbers: validNumbers },
      today,
    );
    expect(check.issues).toEqual([]);
    expect(check.stepsComplete).toBe(6);
    expect(Object.values(check.complete).every(Boolean)).toBe(true);
  });

  it('counts no step complete on the empty order, and reports each step', () => {
    const check = checkOrder(
      {
        answers: structuredClone(emptyAnswers),
        carrierPinSet: false,
        numbers: { ...validNumbers, total: 0, usable: 0, groups: [], btnListed: false },
      },
      today,
    );
    expect(check.stepsComplete).toBe(0);
    expect(check.complete).toEqual({
      getStarted: false,
      location: false,
      account: false,
      numbers: false,
      transfer: false,
      loa: false,
    });
    expect(new Set(check.issues.map((i) => i.step))).toEqual(new Set(answerStepIds));
  });

  it('marks only the failing step incomplete', () => {
    const check = checkOrder(
      {
        answers: answersWith({ location: { assignedTo: '' } }),
        carrierPinSet: false,
        numbers: validNumbers,
      },
      today,
    );
    expect(check.complete.location).toBe(false);
    expect(check.stepsComplete).toBe(5);
    expect(check.issues).toEqual([
      {
        step: 'location',
        field: 'assignedTo',
        message: 'Numbers assigned to: choose users or services.',
      },
    ]);
  });

  it('reports an over-long answer at its field with the size message', () => {
    expect(messagesAt('account', 'orderName', { account: { orderName: 'x'.repeat(81) } })).toEqual([
      'Use at most 80 characters.',
    ]);
    expect(messagesAt('account', 'orderName', { account: { orderName: 'x'.repeat(80) } })).toEqual(
      [],
    );
  });
});
