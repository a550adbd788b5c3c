import { locationAnswersSchema } from '@shared/schemas/order-answers';

import { countryWords } from '../../schemas/country';
import { assignedToWords, numberTypeWords } from '../answer-words';
import { fail } from './context';

const { geographic, tollFree } = numberTypeWords;
const { users, services } = assignedToWords;

/** Location and number type: the three questions answered. */
export const locationRules = () =>
  locationAnswersSchema.superRefine((answers, ctx) => {
    if (answers.country === '')
      fail(
        ctx,
        'country',
        `Country or region: choose ${countryWords.US.name} or ${countryWords.CA.name}.`,
      );
    if (answers.numberType === '')
      fail(ctx, 'numberType', `Number type: choose ${geographic.word} or ${tollFree.word}.`);
    if (answers.assignedTo === '')
      fail(ctx, 'assignedTo', `Numbers assigned to: choose ${users.word} or ${services.word}.`);
  });
