import { nanpProblem } from '@shared/numbers/nanp';
import { btnAnswersSchema } from '@shared/schemas/order-answers';

import { shortFieldLabels as label } from '../field-labels';
import { fail, type RuleContext } from './context';

/** A BTN's problem in words (`+1` and 10 digits, a real North American number), or undefined. */
function btnProblem(value: string, name: string): string | undefined {
  const problem = /^\+1\d{10}$/.test(value) ? nanpProblem(value) : 'format';
  if (problem === 'format')
    return `${name}: enter it as +1 followed by 10 digits, such as +14255550100.`;
  return problem ? `${name}: ${value} ${problem}.` : undefined;
}

/**
 * BTN: the billing number, and full or partial port. A full port's list holds the BTN. A
 * partial port leaves the BTN behind, unless the admin gives a replacement BTN for the
 * numbers left behind: then the BTN may be ported too. The replacement is another number
 * on the account, not in the list (the carrier's record, on the Documents step, can confirm it).
 */
export const btnRules = (rc: RuleContext) =>
  btnAnswersSchema.superRefine((a, ctx) => {
    const n = rc.numbers;
    if (a.btn.trim() === '')
      fail(ctx, 'btn', `${label.btn}: enter the billing telephone number from the carrier bill.`);
    else {
      const problem = btnProblem(a.btn, label.btn);
      if (problem) fail(ctx, 'btn', problem);
    }
    if (a.portType === '') {
      fail(
        ctx,
        'portType',
        'Port type: say whether all the numbers on the account move, or only some.',
      );
      return;
    }
    if (a.portType === 'full') {
      if (a.btn !== '' && n.total > 0 && !n.btnListed)
        fail(
          ctx,
          'portType',
          `Port type: a full port moves every number on the account, so the BTN ${a.btn} must be in the list. Add it, or choose "Only some numbers".`,
        );
      return;
    }
    if (a.leftBehind === '')
      fail(
        ctx,
        'leftBehind',
        'Numbers left behind: say whether they stay with the current carrier or are disconnected.',
      );
    const replacement = a.replacementBtn.trim();
    if (replacement === '') {
      if (n.btnListed)
        fail(
          ctx,
          'replacementBtn',
          `Replacement BTN: the BTN ${a.btn} is in the list, so give the number that becomes the BTN for the numbers left behind, or remove the BTN from the list.`,
        );
      return;
    }
    const problem = btnProblem(replacement, 'Replacement BTN');
    if (problem) fail(ctx, 'replacementBtn', problem);
    else if (replacement === a.btn)
      fail(
        ctx,
        'replacementBtn',
        'Replacement BTN: give another number on the account than the BTN.',
      );
    else if (n.replacementBtnListed)
      fail(
        ctx,
        'replacementBtn',
        `Replacement BTN: ${replacement} is in the list of numbers to port; it must stay with the current carrier. Remove it from the list, or give another number.`,
      );
  });
