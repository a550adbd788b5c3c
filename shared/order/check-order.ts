import type { z } from 'zod';

import type { NumbersSummary } from '../schemas/numbers';
import type { OrderAnswers } from '../schemas/order-answers';
import type { Recheck } from '../schemas/order-status';
import { rejectionReasons } from './lifecycle';
import { accountRules } from './rules/account-rules';
import { authorizeRules } from './rules/authorize-rules';
import { btnRules } from './rules/btn-rules';
import type { RuleContext } from './rules/context';
import { detailsRules } from './rules/details-rules';
import { documentsRules } from './rules/documents-rules';
import { getStartedRules } from './rules/get-started-rules';
import { numbersRules } from './rules/numbers-rules';
import { type AnswerStepId, answerStepIds } from './steps';

/** Each step's rules as a zod schema: the form's resolver and main's final check are the same object. */
export const stepRules: { [S in AnswerStepId]: (rc: RuleContext) => z.ZodType } = {
  getStarted: getStartedRules,
  numbers: numbersRules,
  btn: btnRules,
  account: accountRules,
  documents: documentsRules,
  details: detailsRules,
  authorize: authorizeRules,
};

export interface OrderIssue {
  step: AnswerStepId;
  field: string;
  message: string;
}

export interface OrderCheck {
  issues: OrderIssue[];
  complete: Record<AnswerStepId, boolean>;
  stepsComplete: number;
  /** The steps whose verdict read today's date (the transfer date): only they can change overnight. */
  readsToday: AnswerStepId[];
}

/** What the rules read of an order. */
export interface CheckedOrder {
  answers: OrderAnswers;
  carrierPinSet: boolean;
  numbers: NumbersSummary;
  recheck?: Recheck | undefined;
}

/** Checks every step of an order, as Review shows it and as main does before an order is Ready to submit. */
export function checkOrder(order: CheckedOrder, today: Date): OrderCheck {
  return checkSteps(order, today, answerStepIds);
}

/** Checks only `steps` of an order (the others count as incomplete): what changed overnight, for one. */
export function checkSteps(
  order: CheckedOrder,
  today: Date,
  steps: readonly AnswerStepId[],
): OrderCheck {
  const issues: OrderIssue[] = [];
  const complete = {} as Record<AnswerStepId, boolean>;
  const readsToday: AnswerStepId[] = [];
  for (const step of steps) {
    // Each step sees today through a getter, so a check knows which verdicts depend on the date.
    const rc: RuleContext = {
      answers: order.answers,
      carrierPinSet: order.carrierPinSet,
      numbers: order.numbers,
      get today() {
        if (!readsToday.includes(step)) readsToday.push(step);
        return today;
      },
    };
    const result = stepRules[step](rc).safeParse(order.answers[step]);
    complete[step] = result.success;
    if (!result.success) {
      for (const issue of result.error.issues)
        issues.push({ step, field: String(issue.path[0] ?? ''), message: issue.message });
    }
  }
  // After a rejection, the answers it points at are not done until the admin has checked them against the carrier's record.
  for (const ref of order.recheck?.fields ?? []) {
    if (!steps.includes(ref.step)) continue;
    complete[ref.step] = false;
    issues.push({ step: ref.step, field: ref.field, message: recheckMessage(order.recheck!) });
  }
  return {
    issues,
    complete,
    stepsComplete: steps.filter((s) => complete[s]).length,
    readsToday,
  };
}

/** What a field marked after a rejection says, on its step and on Review. */
export function recheckMessage(recheck: Recheck): string {
  return `Check this against the carrier's record: “${recheck.fromOrderName}” was rejected (${rejectionReasons[recheck.reason].label}). Then choose “Checked” on this step.`;
}
