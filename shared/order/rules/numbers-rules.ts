import { numbersAnswersSchema } from '@shared/schemas/order-answers';

import { countryWords } from '../../schemas/country';
import { numberGroupWords, numberTypeWords, usageWords } from '../answer-words';
import { fail, type RuleContext } from './context';
import { usageProblems } from './usage-rules';

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Phone numbers: a list with no errors and no repeats, of one country and one number
 * type, the number type and the usage answered (toll-free numbers never for users), and
 * mobile numbers only where they port (the US and Canada).
 */
export const numbersRules = (rc: RuleContext) =>
  numbersAnswersSchema.superRefine((a, ctx) => {
    const n = rc.numbers;
    const list = (message: string) => fail(ctx, 'numbers', message);
    const { country } = rc.answers.getStarted;
    if (n.total === 0) list('Add at least one phone number to port.');
    if (n.errors > 0)
      list(
        `${plural(n.errors, 'line has', 'lines have')} an error; fix or remove ${n.errors === 1 ? 'it' : 'them'}.`,
      );
    if (n.duplicates > 0)
      list(
        `${plural(n.duplicates, 'number is', 'numbers are')} in the list twice; remove the repeats.`,
      );
    if (n.groups.length > 1) {
      const parts = n.groups.map((g) => numberGroupWords(g, 'formalAdjective')).join(', ');
      list(
        `The list mixes ${parts} numbers; an order holds one country and one number type. Split it into ${n.groups.length} orders.`,
      );
    } else if (n.groups.length === 1) {
      const [group] = n.groups;
      // Toll-free numbers serve both countries, so only geographic ones must match the country.
      if (country !== '' && group!.kind === 'geographic' && group!.country !== country) {
        list(
          `They are ${countryWords[group!.country].formalAdjective} numbers, but the order is for ${countryWords[country].inSentence} (Get started).`,
        );
      }
      if (a.numberType !== '' && group!.kind !== a.numberType) {
        list(
          `They are ${numberTypeWords[group!.kind].word} numbers, but the order is for ${numberTypeWords[a.numberType].word} numbers.`,
        );
      }
    }
    if (a.numberType === '')
      fail(
        ctx,
        'numberType',
        `Number type: choose ${numberTypeWords.geographic.word} or ${numberTypeWords.tollFree.word}.`,
      );
    if (a.usage === '')
      fail(
        ctx,
        'usage',
        `Usage: choose what the numbers are for (${Object.values(usageWords)
          .map((w) => w.label)
          .join(', ')}).`,
      );
    for (const problem of usageProblems(a)) fail(ctx, problem.field, problem.message);
    if (a.includesMobile && country !== '' && country !== 'US' && country !== 'CA')
      fail(ctx, 'includesMobile', 'Mobile numbers: they port only in the US and Canada.');
  });
