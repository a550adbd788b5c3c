import { signatureMatches } from '@shared/order/rules/loa-rules';
import { describe, expect, it } from 'vitest';

import { messagesAt } from '../support/order-rules-cases';

describe('Letter of authorization', () => {
  it('needs every statement ticked, and says how many are left', () => {
    expect(messagesAt('loa', 'statements', { loa: { statements: [] } })).toEqual([
      'Statements: tick each statement to authorize the port (4 still to tick).',
    ]);
    expect(
      messagesAt('loa', 'statements', { loa: { statements: ['authorized', 'matchesRecord'] } }),
    ).toEqual(['Statements: tick each statement to authorize the port (2 still to tick).']);
    expect(messagesAt('loa', 'statements')).toEqual([]);
  });

  it('needs a signature', () => {
    for (const signature of ['', '   ']) {
      expect(messagesAt('loa', 'signature', { loa: { signature } })).toEqual([
        'Signature: type the authorizing person’s full name.',
      ]);
    }
  });

  it('needs the signature to be the authorizing person on Account information', () => {
    expect(messagesAt('loa', 'signature', { loa: { signature: 'Dana Smyth' } })).toEqual([
      'Signature: type the authorizing person’s name exactly as on Account information ("Dana Smith").',
    ]);
    expect(messagesAt('loa', 'signature', { loa: { signature: 'Dana' } })).toEqual([
      'Signature: type the authorizing person’s name exactly as on Account information ("Dana Smith").',
    ]);
  });

  it('ignores case and extra spaces in the signature', () => {
    for (const signature of ['dana smith', '  DANA   Smith ', 'Dana\tSmith'])
      expect(messagesAt('loa', 'signature', { loa: { signature } })).toEqual([]);
  });

  it('asks for the authorizing person first when Account information has none', () => {
    expect(
      messagesAt('loa', 'signature', {
        account: { authName: '  ' },
        loa: { signature: 'Dana Smith' },
      }),
    ).toEqual(['Signature: first enter the authorizing person on the Account information step.']);
  });

  describe('signatureMatches', () => {
    it.each([
      ['Dana Smith', 'Dana Smith'],
      ['dana smith', 'Dana Smith'],
      ['  Dana   SMITH ', 'Dana Smith'],
      ['Dana Smith', ' dana  smith '],
    ])('"%s" signs for "%s"', (signature, authName) => {
      expect(signatureMatches(signature, authName)).toBe(true);
    });

    it.each([
      ['Dana', 'Dana Smith'],
      ['Dana Smyth', 'Dana Smith'],
      ['DanaSmith', 'Dana Smith'],
      ['', ''],
      ['  ', ' '],
      ['Dana Smith', ''],
    ])('"%s" does not sign for "%s"', (signature, authName) => {
      expect(signatureMatches(signature, authName)).toBe(false);
    });
  });
});
