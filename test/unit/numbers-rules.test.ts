import { numberGroupWords } from '@shared/order/answer-words';
import { largeOrderSize, manualRouteReason, routeFor, wizardLimit } from '@shared/order/route';
import { type NumbersSummary } from '@shared/schemas/numbers';
import { describe, expect, it } from 'vitest';

import {
  messagesAt,
  type Patch,
  stepMessages,
  validAnswers,
  validNumbers,
} from '../support/order-rules-cases';

describe('Phone numbers: the list', () => {
  const list = (summary: Partial<NumbersSummary>, patch: Patch = {}) =>
    messagesAt('numbers', 'numbers', patch, false, { ...validNumbers, ...summary });

  it('needs at least one number', () => {
    expect(list({ total: 0, usable: 0, groups: [], btnListed: false })).toEqual([
      'Add at least one phone number to port.',
    ]);
  });

  it('needs every error fixed and every repeat removed, saying how many, without repeating "Numbers:"', () => {
    expect(list({ total: 5, errors: 1 })).toEqual(['1 line has an error; fix or remove it.']);
    expect(list({ total: 9, errors: 3, duplicates: 2 })).toEqual([
      '3 lines have an error; fix or remove them.',
      '2 numbers are in the list twice; remove the repeats.',
    ]);
  });

  it('asks for a split when the list mixes countries or number types, toll-free by its country', () => {
    const groups: NumbersSummary['groups'] = [
      { country: 'US', kind: 'geographic', count: 10 },
      { country: 'CA', kind: 'geographic', count: 3 },
      { country: 'US', kind: 'tollFree', count: 1 },
    ];
    expect(list({ groups })).toEqual([
      'The list mixes 10 United States geographic, 3 Canadian geographic, 1 United States toll-free numbers; an order holds one country and one number type. Split it into 3 orders.',
    ]);
  });

  it('needs the numbers to be of the country chosen on Get started and the type chosen here', () => {
    expect(list({ groups: [{ country: 'CA', kind: 'geographic', count: 2 }] })).toEqual([
      'They are Canadian numbers, but the order is for the United States (Get started).',
    ]);
    expect(list({ groups: [{ country: 'US', kind: 'tollFree', count: 2 }] })).toEqual([
      'They are toll-free numbers, but the order is for geographic numbers.',
    ]);
    expect(
      list(
        { groups: [{ country: 'CA', kind: 'tollFree', count: 2 }] },
        { getStarted: { country: 'CA' }, numbers: { numberType: 'tollFree', usage: 'voiceApp' } },
      ),
    ).toEqual([]);
  });

  it('accepts the valid list', () => {
    expect(stepMessages('numbers', validAnswers().numbers)).toEqual([]);
  });
});

describe('Phone numbers: type and usage', () => {
  const at = (field: string, numbers: Patch['numbers'], patch: Patch = {}) =>
    messagesAt('numbers', field, { ...patch, numbers }, false, validNumbers);
  const tollFree: NumbersSummary = {
    ...validNumbers,
    groups: [{ country: 'US', kind: 'tollFree', count: 2 }],
  };

  it('needs the number type and the usage', () => {
    expect(at('numberType', { numberType: '' })).toEqual([
      'Number type: choose geographic or toll-free.',
    ]);
    expect(at('usage', { usage: '' })).toEqual([
      'Usage: choose what the numbers are for (User, Voice app, Conference).',
    ]);
  });

  it.each(['user', 'voiceApp', 'conference'] as const)(
    'takes %s for geographic numbers, by default and per number',
    (usage) => {
      expect(at('usage', { usage })).toEqual([]);
      expect(
        at('usageByNumber', { usage: 'user', usageByNumber: { '+14255550100': usage } }),
      ).toEqual([]);
    },
  );

  for (const country of ['US', 'CA'] as const) {
    it(`refuses User for toll-free numbers of ${country}, by default and per number; takes Voice app and Conference`, () => {
      const patch: Patch = { getStarted: { country } };
      const run = (field: string, numbers: Patch['numbers']) =>
        messagesAt('numbers', field, { ...patch, numbers }, false, {
          ...tollFree,
          groups: [{ country, kind: 'tollFree', count: 2 }],
        });
      expect(run('usage', { numberType: 'tollFree', usage: 'user' })).toEqual([
        "Usage: toll-free numbers can't be assigned to users; choose Voice app or Conference.",
      ]);
      expect(
        run('usageByNumber', {
          numberType: 'tollFree',
          usage: 'voiceApp',
          usageByNumber: { '+18005550199': 'user' },
        }),
      ).toEqual([
        "Usage: toll-free numbers can't be assigned to users; change +18005550199 to Voice app or Conference.",
      ]);
      for (const usage of ['voiceApp', 'conference'] as const) {
        expect(run('usage', { numberType: 'tollFree', usage })).toEqual([]);
        expect(
          run('usageByNumber', {
            numberType: 'tollFree',
            usage: 'voiceApp',
            usageByNumber: { '+18005550199': usage },
          }),
        ).toEqual([]);
      }
    });
  }

  it('takes mobile numbers in the United States and Canada', () => {
    for (const country of ['US', 'CA'] as const)
      expect(at('includesMobile', { includesMobile: true }, { getStarted: { country } })).toEqual(
        [],
      );
  });
});

describe('Toll-free numbers keep the order’s country', () => {
  it('names a toll-free group by its country, as the order has it', () => {
    expect(numberGroupWords({ country: 'CA', kind: 'tollFree', count: 2 })).toBe(
      '2 Canadian toll-free',
    );
    expect(numberGroupWords({ country: 'US', kind: 'tollFree', count: 1 })).toBe('1 US toll-free');
  });
});

describe('Size: 999 in the wizard, 1,000 or more by the manual route, over 200 takes longer', () => {
  it.each([
    [1, undefined],
    [200, undefined],
    [201, undefined],
    [999, undefined],
    [1000, 'tooManyNumbers'],
    [25_000, 'tooManyNumbers'],
  ] as const)('%i numbers: %s', (count, reason) => {
    expect(manualRouteReason(count)).toBe(reason);
  });

  it('says so in words at each boundary', () => {
    expect(wizardLimit).toBe(999);
    expect(routeFor(999)).toContain("through the admin center's wizard");
    expect(routeFor(1000)).toContain('takes the manual route');
    expect(routeFor(largeOrderSize)).not.toContain('takes longer');
    expect(routeFor(largeOrderSize + 1)).toContain(
      'Over 200 numbers, Microsoft says the order takes longer to process.',
    );
  });
});
