import { type NumbersSummary } from '@shared/schemas/numbers';
import { describe, expect, it } from 'vitest';

import {
  issuesOf,
  messagesAt,
  type Patch,
  stepMessages,
  validAnswers,
  validNumbers,
} from '../support/order-rules-cases';

describe('Numbers', () => {
  const list = (summary: Partial<NumbersSummary>, patch: Patch = {}) =>
    messagesAt('numbers', 'numbers', patch, false, { ...validNumbers, ...summary });

  it('needs at least one number', () => {
    expect(list({ total: 0, usable: 0, groups: [], btnListed: false })).toEqual([
      'Numbers: add at least one phone number to port.',
    ]);
  });

  it('needs every error fixed and every repeat removed, saying how many', () => {
    expect(list({ total: 5, errors: 1 })).toEqual([
      'Numbers: 1 line has an error; fix or remove it.',
    ]);
    expect(list({ total: 9, errors: 3, duplicates: 2 })).toEqual([
      'Numbers: 3 lines have an error; fix or remove them.',
      'Numbers: 2 numbers are in the list twice; remove the repeats.',
    ]);
  });

  it('asks for a split when the list mixes countries or number types', () => {
    const groups: NumbersSummary['groups'] = [
      { country: 'US', kind: 'geographic', count: 10 },
      { country: 'CA', kind: 'geographic', count: 3 },
      { country: 'US', kind: 'tollFree', count: 1 },
    ];
    expect(list({ groups })).toEqual([
      'Numbers: the list mixes 10 United States geographic, 3 Canadian geographic, 1 toll-free numbers; an order holds one country and one number type. Split it into 3 orders.',
    ]);
  });

  it('needs the numbers to be of the country and type chosen on Location', () => {
    expect(list({ groups: [{ country: 'CA', kind: 'geographic', count: 2 }] })).toEqual([
      'Numbers: they are Canadian numbers, but the order is for the United States (Location and number type).',
    ]);
    expect(list({ groups: [{ country: 'US', kind: 'tollFree', count: 2 }] })).toEqual([
      'Numbers: they are toll-free numbers, but the order is for geographic numbers (Location and number type).',
    ]);
    expect(
      list(
        { groups: [{ country: 'CA', kind: 'tollFree', count: 2 }] },
        { location: { country: 'CA', numberType: 'tollFree' } },
      ),
    ).toEqual([]);
  });

  it('accepts the valid list', () => {
    expect(stepMessages('numbers', validAnswers().numbers)).toEqual([]);
  });

  describe('port type and the BTN', () => {
    const portMessages = (patch: Patch, btnListed: boolean) =>
      messagesAt('numbers', 'portType', patch, false, { ...validNumbers, btnListed });

    it('needs the port type', () => {
      expect(portMessages({ numbers: { portType: '' } }, true)).toEqual([
        'Port type: say whether all the numbers on the account move, or only some.',
      ]);
    });

    it('needs the BTN in the list of a full port', () => {
      expect(portMessages({ numbers: { portType: 'full' } }, false)).toEqual([
        'Port type: a full port moves every number on the account, so the BTN +14255550100 must be in the list. Add it, or choose "Only some numbers".',
      ]);
      expect(portMessages({ numbers: { portType: 'full' } }, true)).toEqual([]);
    });

    it('refuses the BTN in the list of a partial port', () => {
      expect(portMessages({ numbers: { portType: 'partial', leftBehind: 'keep' } }, true)).toEqual([
        'Port type: in a partial port the BTN +14255550100 stays with the current carrier. Remove it from the list, or choose "All numbers on the account".',
      ]);
    });

    it('needs to know what happens to the numbers left behind in a partial port', () => {
      expect(
        messagesAt(
          'numbers',
          'leftBehind',
          { numbers: { portType: 'partial', leftBehind: '' } },
          false,
          { ...validNumbers, btnListed: false },
        ),
      ).toEqual([
        'Numbers left behind: say whether they stay with the current carrier or are disconnected.',
      ]);
    });

    it.each(['keep', 'disconnect'] as const)(
      'passes a partial port without the BTN that says the rest %s',
      (leftBehind) => {
        expect(
          issuesOf({ numbers: { portType: 'partial', leftBehind } }, false, {
            ...validNumbers,
            btnListed: false,
          }),
        ).toEqual([]);
      },
    );
  });
});
