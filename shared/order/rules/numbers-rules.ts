import { readNumberLines } from '../../numbers/number-lines';
import { numbersAnswersSchema } from '../../schemas/order-answers';
import { fail, type RuleContext } from './context';

const shownProblems = 5;

/** Numbers: at least one, each readable, and the port type with the BTN rule (full: BTN in; partial: BTN out). */
export const numbersRules = (rc: RuleContext) =>
  numbersAnswersSchema.superRefine((a, ctx) => {
    const entries = readNumberLines(a.numbersText);
    const bad = entries.filter((e) => e.problem !== undefined);
    if (entries.length === 0) fail(ctx, 'numbersText', 'Numbers: enter at least one phone number to port.');
    for (const entry of bad.slice(0, shownProblems)) {
      fail(ctx, 'numbersText', `Line ${entry.line}: "${entry.input}" ${entry.problem}.`);
    }
    if (bad.length > shownProblems) fail(ctx, 'numbersText', `…and ${bad.length - shownProblems} more lines to fix.`);

    if (a.portType === '') {
      fail(ctx, 'portType', 'Port type: say whether all the numbers on the account move, or only some.');
      return;
    }
    const btn = rc.answers.account.btn;
    const btnListed = entries.some((e) => e.e164 === btn);
    if (a.portType === 'full' && btn !== '' && !btnListed) {
      fail(ctx, 'portType', `Port type: a full port moves every number on the account, so the BTN ${btn} must be in the list. Add it, or choose "Only some numbers".`);
    }
    if (a.portType === 'partial') {
      if (btnListed) {
        fail(ctx, 'portType', `Port type: in a partial port the BTN ${btn} stays with the current carrier. Remove it from the list, or choose "All numbers on the account".`);
      }
      if (a.leftBehind === '') {
        fail(ctx, 'leftBehind', 'Numbers left behind: say whether they stay with the current carrier or are disconnected.');
      }
    }
  });
