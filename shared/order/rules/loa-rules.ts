import { loaAnswersSchema, loaStatementIds } from '@shared/schemas/order-answers';

import { fail, type RuleContext } from './context';

const normalize = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The typed signature signs the LOA only when it is the authorizing person's name (case and extra spaces aside). */
export function signatureMatches(signature: string, authName: string): boolean {
  return normalize(authName) !== '' && normalize(signature) === normalize(authName);
}

/** Letter of authorization: every statement ticked, and the authorizing person's name typed as the signature. */
export const loaRules = (rc: RuleContext) =>
  loaAnswersSchema.superRefine((a, ctx) => {
    const unticked = loaStatementIds.filter((id) => !a.statements.includes(id)).length;
    if (unticked > 0)
      fail(
        ctx,
        'statements',
        `Statements: tick each statement to authorize the port (${unticked} still to tick).`,
      );
    const authName = rc.answers.account.authName.trim();
    if (a.signature.trim() === '')
      fail(ctx, 'signature', 'Signature: type the authorizing person’s full name.');
    else if (authName === '') {
      fail(
        ctx,
        'signature',
        'Signature: first enter the authorizing person on the Account information step.',
      );
    } else if (!signatureMatches(a.signature, authName)) {
      fail(
        ctx,
        'signature',
        `Signature: type the authorizing person’s name exactly as on Account information ("${authName}").`,
      );
    }
  });
