import { checkOrder, type OrderIssue, stepRules } from '@shared/order/check-order';
import { type AnswerStepId, answerStepIds } from '@shared/order/steps';
import type { NumbersSummary } from '@shared/schemas/numbers';
import {
  checklistItemIds,
  emptyAnswers,
  loaStatementIds,
  type OrderAnswers,
} from '@shared/schemas/order-answers';

/**
 * The cases the tests of the order rules share: a valid order on a fixed day, and ways to
 * run the rules on it with some answers changed (as Review runs them, or as a step's form).
 */
/** The admin's today: Monday, November 23, 2026 (local time), the week of Thanksgiving. */
export const today = new Date(2026, 10, 23);

/** A complete, correct US order: every step passes on `today`. */
export function validAnswers(): OrderAnswers {
  const empty = structuredClone(emptyAnswers);
  return {
    getStarted: { country: 'US', checklist: [...checklistItemIds] },
    numbers: { numberType: 'geographic', usage: 'user', usageByNumber: {}, includesMobile: false },
    btn: { btn: '+14255550100', portType: 'full', leftBehind: '', replacementBtn: '' },
    account: {
      ...empty.account,
      carrierName: 'Fabrikam Telecom',
      accountNumber: 'AC12345678',
      companyName: 'Contoso Ltd',
      authName: 'Dana Smith',
      authTitle: 'IT manager',
      authPhone: '(425) 555-0100',
      authEmail: 'dana@contoso.com',
      street: '1 Main St',
      city: 'Seattle',
      region: 'WA',
      postalCode: '98101',
    },
    documents: { billDate: '' },
    details: {
      orderName: 'Seattle main office',
      requester: 'Dana Smith',
      notificationEmails: 'dana@contoso.com; it@contoso.com',
      // The fifth US business day after Monday, November 23 (Thanksgiving on the 26th does not count).
      desiredDate: '2026-12-01',
      startTime: '09:00',
    },
    authorize: {
      method: 'letter',
      eSignatureSentOn: '',
      statements: [...loaStatementIds],
      signature: 'Dana Smith',
    },
  };
}

export type Patch = { [S in AnswerStepId]?: Partial<OrderAnswers[S]> };

/** Two US geographic numbers, the BTN among them: what main reports for the valid order's list. */
export const validNumbers: NumbersSummary = {
  total: 2,
  usable: 2,
  errors: 0,
  duplicates: 0,
  warnings: 0,
  groups: [{ country: 'US', kind: 'geographic', count: 2 }],
  btnListed: true,
  replacementBtnListed: false,
};

/** The valid order with some answers changed, step by step. */
export function answersWith(patch: Patch = {}): OrderAnswers {
  const base = validAnswers();
  return Object.fromEntries(
    answerStepIds.map((s) => [s, { ...base[s], ...patch[s] }]),
  ) as OrderAnswers;
}

export function issuesOf(
  patch: Patch = {},
  carrierPinSet = false,
  numbers = validNumbers,
): OrderIssue[] {
  return checkOrder({ answers: answersWith(patch), carrierPinSet, numbers }, today).issues;
}

/** The messages checkOrder reports at one step's field. */
export function messagesAt(
  step: AnswerStepId,
  field: string,
  patch: Patch = {},
  carrierPinSet = false,
  numbers = validNumbers,
): string[] {
  return issuesOf(patch, carrierPinSet, numbers)
    .filter((i) => i.step === step && i.field === field)
    .map((i) => i.message);
}

/** A step's rules run as the form's resolver runs them: values on their own, the rest of the order as context. */
export function stepMessages(
  step: AnswerStepId,
  values: unknown,
  patch: Patch = {},
  carrierPinSet = false,
) {
  const result = stepRules[step]({
    answers: answersWith(patch),
    carrierPinSet,
    numbers: validNumbers,
    today,
  }).safeParse(values);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message }));
}
