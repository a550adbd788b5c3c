import type { NumberKind } from '../numbers/check-numbers';
import { type Country, countryWords } from '../schemas/country';

/** The number types, as the forms offer them (`label (detail)`) and as sentences name them (`word`). */
export const numberTypeWords = {
  geographic: {
    label: 'Geographic',
    word: 'geographic',
    detail: 'landline, VoIP or mobile numbers with an area code',
  },
  tollFree: { label: 'Toll-free', word: 'toll-free', detail: '800, 833, 844, 855, 866, 877, 888' },
} as const satisfies Record<NumberKind, { label: string; word: string; detail: string }>;

/** Who the numbers will be assigned to: users, or services (which take the manual route). */
export const assignedToWords = {
  users: { label: 'Users', word: 'users' },
  services: {
    label: 'Services',
    word: 'services',
    /** "service numbers" */
    adjective: 'service',
    detail: 'conferencing bridges, auto attendants, call queues',
  },
} as const;

/** A choice as the wizard offers it: the label, and what it covers in brackets. */
export function choiceLabel(words: { label: string; detail?: string }): string {
  return words.detail ? `${words.label} (${words.detail})` : words.label;
}

/**
 * A group of numbers in words, "3 Canadian geographic" or "1 toll-free": toll-free numbers
 * serve both countries, so they are named without one. `form` is the country's word to use
 * (`countryWords`); the count is left out when there is none.
 */
export function numberGroupWords(
  group: { country: Country; kind: NumberKind; count?: number },
  form: 'adjective' | 'formalAdjective' | 'short' = 'adjective',
): string {
  const what =
    group.kind === 'tollFree'
      ? numberTypeWords.tollFree.word
      : `${countryWords[group.country][form]} ${numberTypeWords.geographic.word}`;
  return group.count === undefined ? what : `${group.count.toLocaleString('en-US')} ${what}`;
}
