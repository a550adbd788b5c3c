import { numbersAnswersSchema } from '@shared/schemas/order-answers';

import { countryWords } from '../../schemas/country';
import { numberGroupWords, numberTypeWords } from '../answer-words';
import { fail, type RuleContext } from './context';

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Numbers: a list with no errors and no repeats, of one country and one number type
 * (the ones chosen on Location), and the port type with the BTN rule.
 */
export const numbersRules = (rc: RuleContext) =>
  numbersAnswersSchema.superRefine((a, ctx) => {
    const n = rc.numbers;
    const list = (message: string) => fail(ctx, 'numbers', message);
    if (n.total === 0) list('Numbers: add at least one phone number to port.');
    if (n.errors > 0)
      list(
        `Numbers: ${plural(n.errors, 'line has', 'lines have')} an error; fix or remove ${n.errors === 1 ? 'it' : 'them'}.`,
      );
    if (n.duplicates > 0)
      list(
        `Numbers: ${plural(n.duplicates, 'number is', 'numbers are')} in the list twice; remove the repeats.`,
      );
    if (n.groups.length > 1) {
      const parts = n.groups.map((g) => numberGroupWords(g, 'formalAdjective')).join(', ');
      list(
        `Numbers: the list mixes ${parts} numbers; an order holds one country and one number type. Split it into ${n.groups.length} orders.`,
      );
    } else if (n.groups.length === 1) {
      const [group] = n.groups;
      const { country, numberType } = rc.answers.location;
      // Toll-free numbers serve both countries, so only geographic ones must match the country.
      if (country !== '' && group!.kind === 'geographic' && group!.country !== country) {
        list(
          `Numbers: they are ${countryWords[group!.country].formalAdjective} numbers, but the order is for ${countryWords[country].inSentence} (Location and number type).`,
        );
      }
      if (numberType !== '' && group!.kind !== numberType) {
        list(
          `Numbers: they are ${numberTypeWords[group!.kind].word} numbers, but the order is for ${numberTypeWords[numberType].word} numbers (Location and number type).`,
        );
      }
    }

    if (a.portType === '') {
      fail(
        ctx,
        'portType',
        'Port type: say whether all the numbers on the account move, or only some.',
      );
      return;
    }
    const btn = rc.answers.account.btn;
    if (a.portType === 'full' && btn !== '' && n.total > 0 && !n.btnListed) {
      fail(
        ctx,
        'portType',
        `Port type: a full port moves every number on the account, so the BTN ${btn} must be in the list. Add it, or choose "Only some numbers".`,
      );
    }
    if (a.portType === 'partial') {
      if (n.btnListed) {
        fail(
          ctx,
          'portType',
          `Port type: in a partial port the BTN ${btn} stays with the current carrier. Remove it from the list, or choose "All numbers on the account".`,
        );
      }
      if (a.leftBehind === '') {
        fail(
          ctx,
          'leftBehind',
          'Numbers left behind: say whether they stay with the current carrier or are disconnected.',
        );
      }
    }
  });
