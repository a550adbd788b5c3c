import { digitsToE164, nanpProblem } from '@shared/numbers/nanp';

/** A contact's phone: a North American number of 10 digits (what the wizard and the letter take), or what is wrong. */
export function contactPhoneProblem(value: string, label: string): string | undefined {
  if (value.trim() === '') return undefined;
  const phone = digitsToE164(value);
  if (phone === undefined || nanpProblem(phone) !== undefined)
    return `${label}: enter a North American number of 10 digits, such as (425) 555-0100.`;
  return undefined;
}
