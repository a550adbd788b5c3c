import { randomUUID } from 'node:crypto';

import { answerStepIds } from '@shared/order/steps';
import { carrierPinSchema, saveOrderStepInputSchema } from '@shared/schemas/order';
import { emptyAnswers } from '@shared/schemas/order-answers';
import { describe, expect, it } from 'vitest';

import { validAnswers } from '../support/order-rules-cases';

describe('carrierPinSchema', () => {
  it.each([
    ['', 'Carrier PIN: enter the PIN your current carrier gave you.'],
    ['   ', 'Carrier PIN: enter the PIN your current carrier gave you.'],
    ['a'.repeat(21), 'Carrier PIN: use at most 20 characters.'],
    ['12-34', 'Carrier PIN: use only letters and digits, as the carrier gave it.'],
    ['12 34', 'Carrier PIN: use only letters and digits, as the carrier gave it.'],
    ['1234!', 'Carrier PIN: use only letters and digits, as the carrier gave it.'],
  ])('refuses "%s", the first message (the one the field shows) saying why', (pin, message) => {
    const result = carrierPinSchema.safeParse(pin);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('gives one message for each non-blank refusal', () => {
    for (const pin of ['a'.repeat(21), '12-34'])
      expect(carrierPinSchema.safeParse(pin).error?.issues).toHaveLength(1);
  });

  it.each([
    ['1234', '1234'],
    [' Ab12cd ', 'Ab12cd'],
    ['a'.repeat(20), 'a'.repeat(20)],
  ])('accepts "%s" as "%s"', (pin, parsed) => {
    expect(carrierPinSchema.safeParse(pin)).toEqual({ success: true, data: parsed });
  });
});

describe('saveOrderStepInputSchema (autosave)', () => {
  const save = (input: object) =>
    saveOrderStepInputSchema.safeParse({ id: randomUUID(), ...input });

  it('accepts each step with its own half-typed answers', () => {
    for (const step of answerStepIds)
      expect(save({ step, values: structuredClone(emptyAnswers[step]) }).success).toBe(true);
    expect(save({ step: 'account', values: validAnswers().account }).success).toBe(true);
  });

  it('refuses an unknown step, and Review, which holds no answers', () => {
    for (const step of ['bogus', 'review']) {
      const result = save({ step, values: {} });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['step']);
    }
  });

  it("refuses another step's answers", () => {
    expect(save({ step: 'details', values: emptyAnswers.getStarted }).success).toBe(false);
  });

  it('refuses an extra key in the answers or beside them', () => {
    const inValues = save({
      step: 'documents',
      values: { billDate: '', carrierPin: '1234' },
    });
    expect(inValues.error?.issues).toEqual([
      expect.objectContaining({
        code: 'unrecognized_keys',
        keys: ['carrierPin'],
        path: ['values'],
      }),
    ]);
    const beside = save({
      step: 'documents',
      values: { billDate: '' },
      extra: true,
    });
    expect(beside.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['extra'], path: [] }),
    ]);
  });

  it('refuses over-long text, at the field, with the size', () => {
    const account = {
      ...structuredClone(emptyAnswers.account),
      city: 'x'.repeat(101),
      region: 'WAS',
    };
    expect(
      save({ step: 'account', values: account }).error?.issues.map((i) => [i.path, i.message]),
    ).toEqual([
      [['values', 'city'], 'Use at most 100 characters.'],
      [['values', 'region'], 'Use at most 2 characters.'],
    ]);
    expect(
      save({
        step: 'details',
        values: { ...emptyAnswers.details, orderName: 'x'.repeat(81) },
      }).error?.issues.map((i) => [i.path, i.message]),
    ).toEqual([[['values', 'orderName'], 'Use at most 80 characters.']]);
    // The list itself never travels with an autosave: it has its own channel and file.
    const numbers = { ...emptyAnswers.numbers, numbersText: '4255550100' };
    expect(save({ step: 'numbers', values: numbers }).success).toBe(false);
    expect(
      save({ step: 'account', values: { ...account, city: 'x'.repeat(100), region: 'WA' } })
        .success,
    ).toBe(true);
  });

  it('refuses a bad id', () => {
    expect(
      saveOrderStepInputSchema.safeParse({
        id: 'not-a-uuid',
        step: 'authorize',
        values: emptyAnswers.authorize,
      }).success,
    ).toBe(false);
  });
});
