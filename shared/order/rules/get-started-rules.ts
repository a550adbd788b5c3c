import { countryWords } from '@shared/schemas/country';
import { checklistItemIds, getStartedAnswersSchema } from '@shared/schemas/order-answers';

import { fail } from './context';

/** Get started: the country the numbers are in now, and every item of the before-submitting checklist confirmed. */
export const getStartedRules = () =>
  getStartedAnswersSchema.superRefine((answers, ctx) => {
    if (answers.country === '')
      fail(
        ctx,
        'country',
        `Country or region: choose ${countryWords.US.name} or ${countryWords.CA.name}, where the numbers are now.`,
      );
    const missing = checklistItemIds.filter((id) => !answers.checklist.includes(id));
    if (missing.length > 0) {
      fail(
        ctx,
        'checklist',
        `Checklist: confirm each item before you go on (${missing.length} still to confirm).`,
      );
    }
  });
