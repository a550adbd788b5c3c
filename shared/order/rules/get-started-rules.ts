import { checklistItemIds, getStartedAnswersSchema } from '@shared/schemas/order-answers';

import { fail } from './context';

/** Get started: every item of the before-submitting checklist confirmed. */
export const getStartedRules = () =>
  getStartedAnswersSchema.superRefine((answers, ctx) => {
    const missing = checklistItemIds.filter((id) => !answers.checklist.includes(id));
    if (missing.length > 0) {
      fail(
        ctx,
        'checklist',
        `Checklist: confirm each item before you go on (${missing.length} still to confirm).`,
      );
    }
  });
