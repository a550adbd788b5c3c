import { describe, expect, it } from 'vitest';

import { stepMessages, validAnswers } from '../support/order-rules-cases';

describe('Location and number type', () => {
  it.each([
    ['country', 'Country or region: choose United States or Canada.'],
    ['numberType', 'Number type: choose geographic or toll-free.'],
    ['assignedTo', 'Numbers assigned to: choose users or services.'],
  ] as const)('needs %s answered', (field, message) => {
    const location = { ...validAnswers().location, [field]: '' };
    expect(stepMessages('location', location)).toEqual([{ field, message }]);
    expect(stepMessages('location', validAnswers().location)).toEqual([]);
  });

  it('accepts Canada, toll-free and service numbers', () => {
    expect(
      stepMessages('location', { country: 'CA', numberType: 'tollFree', assignedTo: 'services' }),
    ).toEqual([]);
  });

  it('refuses an answer that is not one of the choices', () => {
    expect(
      stepMessages('location', { country: 'UK', numberType: 'geographic', assignedTo: 'users' }),
    ).toEqual([{ field: 'country', message: expect.any(String) }]);
  });
});
