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
  it('finds nothing wrong in the valid order, and counts all seven steps complete', () => {
    const check = checkOrder(
      { answers: validAnswers(), carrierPinSet: false, numbers: validNumbers },
      today,
    );
    expect(check.issues).toEqual([]);
    expect(check.stepsComplete).toBe(7);
    expect(Object.values(check.complete).every(Boolean)).toBe(true);
  });

  it('counts no step complete on the empty order but Documents (optional), and reports each other step', () => {
    const check = checkOrder(
      {
        answers: structuredClone(emptyAnswers),
        carrierPinSet: false,
        numbers: { ...validNumbers, total: 0, usable: 0, groups: [], btnListed: false },
      },
      today,
    );
    expect(check.stepsComplete).toBe(1);
    expect(check.complete).toEqual({
      getStarted: false,
      numbers: false,
      btn: false,
      account: false,
      documents: true,
      details: false,
      authorize: false,
    });
    expect(new Set(check.issues.map((i) => i.step))).toEqual(
      new Set(answerStepIds.filter((s) => s !== 'documents')),
    );
  });

  it('marks only the failing step incomplete', () => {
    const check = checkOrder(
      {
        answers: answersWith({ numbers: { usage: '' } }),
        carrierPinSet: false,
        numbers: validNumbers,
      },
      today,
    );
    expect(check.complete.numbers).toBe(false);
    expect(check.stepsComplete).toBe(6);
    expect(check.issues).toEqual([
      {
        step: 'numbers',
        field: 'usage',
        message: 'Usage: choose what the numbers are for (User, Voice app, Conference).',
      },
    ]);
  });

  it('reports an over-long answer at its field with the size message', () => {
    expect(messagesAt('details', 'orderName', { details: { orderName: 'x'.repeat(81) } })).toEqual([
      'Use at most 80 characters.',
    ]);
    expect(messagesAt('details', 'orderName', { details: { orderName: 'x'.repeat(80) } })).toEqual(
      [],
    );
  });
});
