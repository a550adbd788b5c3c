import { digitsToE164, nanpProblem } from '../../numbers/nanp';
import type { Country } from '../../schemas/country';

const examples: Record<Country, string> = { US: '(425) 555-0100', CA: '(416) 555-0100' };
const extension = /\s*(?:x|ext\.?|extension|#)\s*(\d+)\s*$/i;

/**
 * What is wrong with a contact's phone that is not blank, in a message that starts with
 * `label`: one rule for an organization's contact and an order's authorizing person. The
 * United States and Canada share one numbering plan, so both take a North American number
 * of 10 digits; the example follows the country. An extension is named, not read as digits.
 */
export function phoneProblem(label: string, country: Country, value: string): string | undefined {
  const ext = extension.exec(value);
  if (ext) {
    const rest = value.slice(0, ext.index);
    const number = digitsToE164(rest);
    if (number !== undefined && nanpProblem(number) === undefined)
      return `${label}: enter the number without its extension (${ext[0].trim()}), such as ${examples[country]}.`;
  }
  const phone = digitsToE164(value);
  if (phone === undefined || nanpProblem(phone) !== undefined)
    return `${label}: enter a North American number of 10 digits, such as ${examples[country]}.`;
  return undefined;
}
