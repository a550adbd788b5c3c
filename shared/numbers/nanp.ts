/**
 * The North American rules the whole app shares: non-digits are ignored when 10 or 11
 * digits remain, and a number is `+1 NPA NXX XXXX` with NPA and NXX starting 2-9,
 * the NPA's middle digit not 9, and no N11 exchange.
 */
export function digitsToE164(text: string): string | undefined {
  const digits = text.replace(/\D/g, '');
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return undefined;
}

/** What is wrong with an E.164 `+1…` number's structure, in an admin's words, or undefined when nothing is. */
export function nanpProblem(e164: string): string | undefined {
  const match = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  if (!match) return 'is not +1 followed by 10 digits';
  const [, npa = '', nxx = ''] = match;
  if (!/^[2-9]/.test(npa)) return `has area code ${npa}, but area codes start with 2 to 9`;
  if (npa[1] === '9') return `has area code ${npa}, which is not a North American area code`;
  if (!/^[2-9]/.test(nxx)) return `has exchange ${nxx}, but exchanges start with 2 to 9`;
  if (nxx.endsWith('11'))
    return `has exchange ${nxx}, a service code (like 411 or 911), not a phone number`;
  return undefined;
}
