import { authorizeWarnings, signatureMatches } from '@shared/order/rules/authorize-rules';
import { describe, expect, it } from 'vitest';

import { messagesAt } from '../support/order-rules-cases';

describe('Authorize and submit', () => {
  it('needs every statement ticked, and says how many are left', () => {
    expect(messagesAt('authorize', 'statements', { authorize: { statements: [] } })).toEqual([
      'Statements: tick each statement to authorize the port (4 still to tick).',
    ]);
    expect(
      messagesAt('authorize', 'statements', {
        authorize: { statements: ['authorized', 'matchesRecord'] },
      }),
    ).toEqual(['Statements: tick each statement to authorize the port (2 still to tick).']);
    expect(messagesAt('authorize', 'statements')).toEqual([]);
  });

  it('needs a signature', () => {
    for (const signature of ['', '   ']) {
      expect(messagesAt('authorize', 'signature', { authorize: { signature } })).toEqual([
        'Name under the signature: type the authorized user’s full name.',
      ]);
    }
  });

  it('needs the signature to be the authorizing person on Account information', () => {
    expect(
      messagesAt('authorize', 'signature', { authorize: { signature: 'Dana Smyth' } }),
    ).toEqual([
      'Name under the signature: type the authorized user’s name exactly as on Account information ("Dana Smith").',
    ]);
    expect(messagesAt('authorize', 'signature', { authorize: { signature: 'Dana' } })).toEqual([
      'Name under the signature: type the authorized user’s name exactly as on Account information ("Dana Smith").',
    ]);
  });

  it('ignores case and extra spaces in the signature', () => {
    for (const signature of ['dana smith', '  DANA   Smith ', 'Dana\tSmith'])
      expect(messagesAt('authorize', 'signature', { authorize: { signature } })).toEqual([]);
  });

  it('asks for the authorizing person first when Account information has none', () => {
    expect(
      messagesAt('authorize', 'signature', {
        account: { authName: '  ' },
        authorize: { signature: 'Dana Smith' },
      }),
    ).toEqual([
      'Name under the signature: first enter the authorized user on the Account information step.',
    ]);
  });

  it('needs the way the authorized user signs', () => {
    expect(messagesAt('authorize', 'method', { authorize: { method: '' } })).toEqual([
      'How to sign: choose the e-signature request from the admin center, or the letter signed by hand.',
    ]);
  });

  it('an e-signature request needs no statements nor typed name; its date, when given, is a date', () => {
    const eSignature = { method: 'eSignature' as const, statements: [], signature: '' };
    expect(messagesAt('authorize', 'statements', { authorize: eSignature })).toEqual([]);
    expect(messagesAt('authorize', 'signature', { authorize: eSignature })).toEqual([]);
    expect(
      messagesAt('authorize', 'eSignatureSentOn', {
        authorize: { ...eSignature, eSignatureSentOn: '2026-11-23' },
      }),
    ).toEqual([]);
    expect(
      messagesAt('authorize', 'eSignatureSentOn', {
        authorize: { ...eSignature, eSignatureSentOn: 'Monday' },
      }),
    ).toEqual(['Request sent on: enter a date such as 2026-03-02.']);
  });

  // The admin center sends the request when the order is submitted, after Finish here.
  it('an e-signature request not sent yet is a warning, not an error; a day still to come is an error', () => {
    const eSignature = { method: 'eSignature' as const, statements: [], signature: '' };
    const sentOn = (eSignatureSentOn: string) =>
      messagesAt('authorize', 'eSignatureSentOn', {
        authorize: { ...eSignature, eSignatureSentOn },
      });
    expect(sentOn('')).toEqual([]);
    expect(authorizeWarnings({ method: 'eSignature', eSignatureSentOn: '' })).toEqual([
      { field: 'eSignatureSentOn', message: expect.stringMatching(/^Request sent on: /) },
    ]);
    // Today (November 23, 2026) is the latest day it can have been sent.
    expect(sentOn('2026-11-23')).toEqual([]);
    expect(sentOn('2026-11-24')).toEqual([
      expect.stringMatching(/^Request sent on: November 24, 2026 is still to come/),
    ]);
    expect(authorizeWarnings({ method: 'eSignature', eSignatureSentOn: '2026-11-23' })).toEqual([]);
    expect(authorizeWarnings({ method: 'letter', eSignatureSentOn: '' })).toEqual([]);
    expect(authorizeWarnings({ method: '', eSignatureSentOn: '' })).toEqual([]);
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
