import { countWords } from '../count-words';
import type { NumberKind } from '../numbers/check-numbers';
import { type Country, countryWords } from '../schemas/country-words';
import type { NumberUsage } from '../schemas/order-answers';

/** The number types, as the forms offer them (`label (detail)`) and as sentences name them (`word`). */
export const numberTypeWords = {
  geographic: {
    label: 'Geographic',
    word: 'geographic',
    detail: 'landline, VoIP or mobile numbers with an area code',
  },
  tollFree: { label: 'Toll-free', word: 'toll-free', detail: '800, 833, 844, 855, 866, 877, 888' },
} as const satisfies Record<NumberKind, { label: string; word: string; detail: string }>;

/** What a number is for in Teams, as the admin center asks it per number. */
export const usageWords = {
  user: { label: 'User', detail: 'assigned to a person' },
  voiceApp: { label: 'Voice app', detail: 'auto attendants, call queues' },
  conference: { label: 'Conference', detail: 'audio conferencing bridges' },
} as const satisfies Record<NumberUsage, { label: string; detail: string }>;

/** A choice as the wizard offers it: the label, and what it covers in brackets. */
export function choiceLabel(words: { label: string; detail?: string }): string {
  return words.detail ? `${words.label} (${words.detail})` : words.label;
}

/**
 * A group of numbers in words, "3 Canadian geographic" or "1 Canadian toll-free": toll-free
 * numbers keep the order's country (the group's), as the admin center groups them. `form` is
 * the country's word to use (`countryWords`); the count is left out when there is none.
 */
export function numberGroupWords(
  group: { country: Country; kind: NumberKind; count?: number },
  form: 'adjective' | 'formalAdjective' | 'short' = 'adjective',
): string {
  const what = `${countryWords[group.country][form]} ${numberTypeWords[group.kind].word}`;
  return group.count === undefined ? what : `${countWords(group.count)} ${what}`;
}
