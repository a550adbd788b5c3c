import { parseIsoDate } from '@shared/calendar/business-days';
import { authorizeAnswersSchema, loaStatementIds } from '@shared/schemas/order-answers';

import { fail, type RuleContext } from './context';

const normalize = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The typed name matches the authorized user's (case and extra spaces aside). */
export function signatureMatches(signature: string, authName: string): boolean {
  return normalize(authName) !== '' && normalize(signature) === normalize(authName);
}

/**
 * Authorize and submit: how the authorized user signs. An e-signature request from the
 * admin center (its date once sent), or the letter signed by hand: every statement
 * ticked, and the authorized user's name typed, printed under the blank signature line.
 */
export const authorizeRules = (rc: RuleContext) =>
  authorizeAnswersSchema.superRefine((a, ctx) => {
    if (a.method === '') {
      fail(
        ctx,
        'method',
        'How to sign: choose the e-signature request from the admin center, or the letter signed by hand.',
      );
      return;
    }
    if (a.method === 'eSignature') {
      if (a.eSignatureSentOn !== '' && !parseIsoDate(a.eSignatureSentOn))
        fail(ctx, 'eSignatureSentOn', 'Request sent on: enter a date such as 2026-03-02.');
      return;
    }
    const unticked = loaStatementIds.filter((id) => !a.statements.includes(id)).length;
    if (unticked > 0)
      fail(
        ctx,
        'statements',
        `Statements: tick each statement to authorize the port (${unticked} still to tick).`,
      );
    const authName = rc.answers.account.authName.trim();
    if (a.signature.trim() === '')
      fail(ctx, 'signature', 'Name under the signature: type the authorized user’s full name.');
    else if (authName === '') {
      fail(
        ctx,
        'signature',
        'Name under the signature: first enter the authorized user on the Account information step.',
      );
    } else if (!signatureMatches(a.signature, authName)) {
      fail(
        ctx,
        'signature',
        `Name under the signature: type the authorized user’s name exactly as on Account information ("${authName}").`,
      );
    }
  });
