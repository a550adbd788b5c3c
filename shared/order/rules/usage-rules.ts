import type { NumbersAnswers } from '@shared/schemas/order-answers';

import { usageWords } from '../answer-words';

/** Toll-free numbers can't be assigned to users (only voice apps or conferencing): each number that would be, named. */
export function usageProblems(a: NumbersAnswers): { field: string; message: string }[] {
  if (a.numberType !== 'tollFree') return [];
  const problems: { field: string; message: string }[] = [];
  if (a.usage === 'user')
    problems.push({
      field: 'usage',
      message: `Usage: toll-free numbers can't be assigned to users; choose ${usageWords.voiceApp.label} or ${usageWords.conference.label}.`,
    });
  const users = Object.entries(a.usageByNumber)
    .filter(([, usage]) => usage === 'user')
    .map(([number]) => number);
  if (users.length > 0)
    problems.push({
      field: 'usageByNumber',
      message: `Usage: toll-free numbers can't be assigned to users; change ${users.slice(0, 3).join(', ')}${users.length > 3 ? ` and ${users.length - 3} more` : ''} to ${usageWords.voiceApp.label} or ${usageWords.conference.label}.`,
    });
  return problems;
}

/** A number's usage: its own change in the list, else the order's default. */
export function usageOf(a: NumbersAnswers, e164: string): NumbersAnswers['usage'] {
  return a.usageByNumber[e164] ?? a.usage;
}
