import { type NumbersSummary } from '@shared/schemas/numbers';
import { describe, expect, it } from 'vitest';

import { issuesOf, messagesAt, type Patch, validNumbers } from '../support/order-rules-cases';

describe('BTN: the billing number and the port type', () => {
  const at = (field: string, btn: Patch['btn'], summary: Partial<NumbersSummary> = {}) =>
    messagesAt('btn', field, { btn }, false, { ...validNumbers, ...summary });

  it('needs the BTN as +1 and 10 digits', () => {
    expect(at('btn', { btn: '' })).toEqual([
      'BTN: enter the billing telephone number from the carrier bill.',
    ]);
    expect(at('btn', { btn: '4255550100' })).toEqual([
      'BTN: enter it as +1 followed by 10 digits, such as +14255550100.',
    ]);
  });

  it('needs the port type', () => {
    expect(at('portType', { portType: '' })).toEqual([
      'Port type: say whether all the numbers on the account move, or only some.',
    ]);
  });

  it('needs the BTN in the list of a full port', () => {
    expect(at('portType', { portType: 'full' }, { btnListed: false })).toEqual([
      'Port type: a full port moves every number on the account, so the BTN +14255550100 must be in the list. Add it, or choose "Only some numbers".',
    ]);
    expect(at('portType', { portType: 'full' }, { btnListed: true })).toEqual([]);
  });

  it('needs to know what happens to the numbers left behind in a partial port', () => {
    expect(at('leftBehind', { portType: 'partial', leftBehind: '' }, { btnListed: false })).toEqual(
      ['Numbers left behind: say whether they stay with the current carrier or are disconnected.'],
    );
  });

  describe('a partial port and the replacement BTN', () => {
    const partial = { portType: 'partial', leftBehind: 'keep' } as const;

    it('passes a partial port that leaves the BTN behind, without a replacement', () => {
      expect(issuesOf({ btn: partial }, false, { ...validNumbers, btnListed: false })).toEqual([]);
    });

    it('takes the BTN in the list when a replacement BTN is given, on the account and not in the list', () => {
      expect(
        issuesOf({ btn: { ...partial, replacementBtn: '+14255550199' } }, false, {
          ...validNumbers,
          btnListed: true,
          replacementBtnListed: false,
        }),
      ).toEqual([]);
    });

    it('asks for a replacement BTN when the BTN is in the list without one', () => {
      expect(at('replacementBtn', partial, { btnListed: true })).toEqual([
        'Replacement BTN: the BTN +14255550100 is in the list, so give the number that becomes the BTN for the numbers left behind, or remove the BTN from the list.',
      ]);
    });

    it('refuses a replacement BTN that is in the list of numbers to port', () => {
      expect(
        at(
          'replacementBtn',
          { ...partial, replacementBtn: '+14255550101' },
          { btnListed: true, replacementBtnListed: true },
        ),
      ).toEqual([
        'Replacement BTN: +14255550101 is in the list of numbers to port; it must stay with the current carrier. Remove it from the list, or give another number.',
      ]);
    });

    it('refuses a replacement BTN that is the BTN itself, or not a number', () => {
      expect(at('replacementBtn', { ...partial, replacementBtn: '+14255550100' })).toEqual([
        'Replacement BTN: give another number on the account than the BTN.',
      ]);
      expect(at('replacementBtn', { ...partial, replacementBtn: '555-0199' })).toEqual([
        'Replacement BTN: enter it as +1 followed by 10 digits, such as +14255550100.',
      ]);
    });
  });
});
