import { digitsToE164, nanpProblem } from '@shared/numbers/nanp';
import { describe, expect, it } from 'vitest';

describe('NANP numbers', () => {
  describe('digitsToE164', () => {
    it.each([
      ['(425) 555-6776', '+14255556776'],
      ['4255556776', '+14255556776'],
      ['1 425 555 6776', '+14255556776'],
      ['+1-425-555-6776', '+14255556776'],
    ])('reads "%s" as %s', (text, e164) => {
      expect(digitsToE164(text)).toBe(e164);
    });

    it.each(['425555677', '24255556776', '142555567760', '', 'no digits'])(
      'reads nothing from "%s"',
      (text) => {
        expect(digitsToE164(text)).toBeUndefined();
      },
    );
  });

  describe('nanpProblem', () => {
    it.each([
      ['+1425555', 'is not +1 followed by 10 digits'],
      ['4255550100', 'is not +1 followed by 10 digits'],
      ['+10255550100', 'has area code 025, but area codes start with 2 to 9'],
      ['+11255550100', 'has area code 125, but area codes start with 2 to 9'],
      ['+14955550100', 'has area code 495, which is not a North American area code'],
      ['+14251550100', 'has exchange 155, but exchanges start with 2 to 9'],
      ['+14252110100', 'has exchange 211, a service code (like 411 or 911), not a phone number'],
      ['+14259110100', 'has exchange 911, a service code (like 411 or 911), not a phone number'],
    ])('finds %s %s', (e164, problem) => {
      expect(nanpProblem(e164)).toBe(problem);
    });

    it.each(['+14255550100', '+12125550123', '+16135550100', '+18005550100', '+14252120100'])(
      'finds nothing wrong with %s',
      (e164) => {
        expect(nanpProblem(e164)).toBeUndefined();
      },
    );
  });
});
