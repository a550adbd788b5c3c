import { digitsToE164 } from '../numbers/nanp';
import { accountFieldLabels, postalCodeLabel, regionLabel } from '../order/field-labels';
import type { Country } from '../schemas/country';
import type { OrderAnswers } from '../schemas/order-answers';
import type { CarrierRecordOrderView, FindingField } from './types';

/** What the comparison reads from an order's answers. */
export function carrierRecordOrderView(answers: OrderAnswers): CarrierRecordOrderView {
  const { account, btn, getStarted } = answers;
  const e164 = (typed: string) => digitsToE164(typed) ?? typed;
  return {
    country: getStarted.country,
    accountNumber: account.accountNumber,
    btn: e164(btn.btn),
    companyName: account.companyName,
    authorizedName: account.authName,
    serviceAddress: {
      street: account.street,
      city: account.city,
      region: account.region,
      postalCode: account.postalCode,
    },
    portType: btn.portType,
    ...(btn.portType === 'partial' && btn.replacementBtn.trim() !== ''
      ? { replacementBtn: e164(btn.replacementBtn) }
      : {}),
  };
}

/** An answer a carrier's record speaks to, by the wizard step that asks it. */
export type ComparedAnswer =
  | { step: 'btn'; field: 'btn' | 'replacementBtn' }
  | {
      step: 'account';
      field:
        'accountNumber' | 'companyName' | 'authName' | 'street' | 'city' | 'region' | 'postalCode';
    };

const comparedAnswers: Partial<Record<FindingField, ComparedAnswer>> = {
  accountNumber: { step: 'account', field: 'accountNumber' },
  btn: { step: 'btn', field: 'btn' },
  replacementBtn: { step: 'btn', field: 'replacementBtn' },
  companyName: { step: 'account', field: 'companyName' },
  authorizedName: { step: 'account', field: 'authName' },
  'serviceAddress.street': { step: 'account', field: 'street' },
  'serviceAddress.city': { step: 'account', field: 'city' },
  'serviceAddress.region': { step: 'account', field: 'region' },
  'serviceAddress.postalCode': { step: 'account', field: 'postalCode' },
};

/** The answer a finding's field is, where the carrier's wording can be taken into it. */
export function answerOfFinding(field: string): ComparedAnswer | undefined {
  return Object.hasOwn(comparedAnswers, field) ? comparedAnswers[field as FindingField] : undefined;
}

/** An answer's label as the wizard shows it (the region and postal code by country). */
export function comparedAnswerLabel(answer: ComparedAnswer, country: Country | ''): string {
  if (answer.field === 'region') return regionLabel(country);
  if (answer.field === 'postalCode') return postalCodeLabel(country);
  if (answer.field === 'replacementBtn') return 'Replacement BTN';
  return accountFieldLabels[answer.field];
}

/** The answer's value in the order. */
export function answerValue(answers: OrderAnswers, answer: ComparedAnswer): string {
  return answer.step === 'btn' ? answers.btn[answer.field] : answers.account[answer.field];
}

/** The answers with one compared answer changed. */
export function withAnswer(
  answers: OrderAnswers,
  answer: ComparedAnswer,
  value: string,
): OrderAnswers {
  return answer.step === 'btn'
    ? { ...answers, btn: { ...answers.btn, [answer.field]: value } }
    : { ...answers, account: { ...answers.account, [answer.field]: value } };
}
