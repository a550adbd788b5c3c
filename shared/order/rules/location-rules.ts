import { locationAnswersSchema } from '@shared/schemas/order-answers';

import { fail } from './context';

/** Location and number type: the three questions answered. */
export const locationRules = () =>
  locationAnswersSchema.superRefine((answers, ctx) => {
    if (answers.country === '')
      fail(ctx, 'country', 'Country or region: choose United States or Canada.');
    if (answers.numberType === '')
      fail(ctx, 'numberType', 'Number type: choose geographic or toll-free.');
    if (answers.assignedTo === '')
      fail(ctx, 'assignedTo', 'Numbers assigned to: choose users or services.');
  });
