import { parseIsoDate } from '@shared/calendar/business-days';
import { authorizeAnswersSchema, loaStatementIds } from '@shared/schemas/order-answers';
import { format } from 'date-fns';

import { fail, type RuleContext } from './context';

const normalize = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The typed name matches the authorized user's (case and extra spaces aside). */
export function signatureMatches(signature: string, authName: string): boolean {
  return normalize(authName) !== '' && normalize(signature) === normalize(authName);
}

/**
 * Authorize and submit: how the authorized user signs, one of the admin center's two ways
 * (required). An e-signature request: the admin center sends it when the order is submitted,
 * after Finish here, so the day it was sent is recorded later (a warning until then, an error
 * when it is not a real day or still to come). Or the letter signed by hand: every statement
 * ticked, and the authorized user's name typed, printed under the blank signature line (its
 * signed scan is uploaded after Finish: recording the submission asks for it).
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
      if (a.eSignatureSentOn === '') return;
      const sent = parseIsoDate(a.eSignatureSentOn);
      if (!sent) fail(ctx, 'eSignatureSentOn', 'Request sent on: enter a date such as 2026-03-02.');
      else if (sent > rc.today)
        fail(
          ctx,
          'eSignatureSentOn',
          `Request sent on: ${format(sent, 'MMMM d, yyyy')} is still to come; enter the day the admin center sent the request, or leave it empty until it does.`,
        );
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

/** Not an error: an e-signature request whose sending day is not recorded yet. */
export function authorizeWarnings(a: {
  method: string;
  eSignatureSentOn: string;
}): { field: 'eSignatureSentOn'; message: string }[] {
  if (a.method !== 'eSignature' || a.eSignatureSentOn !== '') return [];
  return [
    {
      field: 'eSignatureSentOn',
      message:
        'Request sent on: not recorded yet. The admin center sends the request when you submit the order; record the day here then. The order goes in only once the authorized user signs.',
    },
  ];
}
