import { Metadata, type MetadataJson, type NumberType } from 'libphonenumber-js/core';

/** What libphonenumber says of a +1 number: valid or not, and when valid its country and type. */
export interface NanpVerdict {
  valid: boolean;
  country?: string;
  type?: NonNullable<NumberType>;
}

// libphonenumber-js checks these after FIXED_LINE, in this order (helpers/getNumberType.js).
const otherTypes = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

interface CompiledType {
  type: NonNullable<NumberType>;
  pattern: RegExp;
  lengths: readonly number[] | undefined;
}
interface CompiledCountry {
  country: string;
  leadingDigits: RegExp | undefined;
  nationalNumber: RegExp;
  fixedLine: CompiledType | undefined;
  /** Undefined when the metadata leaves it out for being the fixed-line pattern again. */
  mobile: CompiledType | undefined;
  others: CompiledType[];
}

const invalid: NanpVerdict = Object.freeze({ valid: false });
const whole = (source: string) => new RegExp(`^(?:${source})$`);

function compileCountry(metadata: Metadata, country: string): CompiledCountry {
  metadata.selectNumberingPlan(country as never);
  // The class's typings cover only part of what it has; these are its documented accessors.
  const plan = (metadata as unknown as { numberingPlan: PlanAccessors }).numberingPlan;
  const compileType = (type: NonNullable<NumberType>): CompiledType | undefined => {
    const definition = plan.type(type);
    const pattern = definition?.pattern();
    return pattern
      ? { type, pattern: whole(pattern), lengths: definition?.possibleLengths() }
      : undefined;
  };
  const leading = plan.leadingDigits();
  return {
    country,
    leadingDigits: leading ? new RegExp(`^(?:${leading})`) : undefined,
    nationalNumber: whole(plan.nationalNumberPattern()),
    fixedLine: compileType('FIXED_LINE'),
    mobile: compileType('MOBILE'),
    others: otherTypes.flatMap((t) => compileType(t) ?? []),
  };
}

interface PlanAccessors {
  leadingDigits(): string | undefined;
  nationalNumberPattern(): string;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

const matches = (t: CompiledType, national: string) =>
  (t.lengths === undefined || t.lengths.includes(national.length)) && t.pattern.test(national);

function numberType(c: CompiledCountry, national: string): NonNullable<NumberType> | undefined {
  if (!c.nationalNumber.test(national)) return undefined;
  if (c.fixedLine && matches(c.fixedLine, national)) {
    return !c.mobile || matches(c.mobile, national) ? 'FIXED_LINE_OR_MOBILE' : 'FIXED_LINE';
  }
  return c.others.find((t) => matches(t, national))?.type;
}

/**
 * libphonenumber-js's verdict on +1 numbers, computed with its own metadata compiled
 * once into regular expressions: the same country choice (leading digits, else the
 * first country whose types match, in the metadata's order) and the same type order,
 * without building parser objects for every number. A test compares every verdict.
 */
export function createNanpClassifier(json: MetadataJson): (national: string) => NanpVerdict {
  const metadata = new Metadata(json);
  const countries = (metadata as unknown as { getCountryCodesForCallingCode(c: string): string[] })
    .getCountryCodesForCallingCode('1')
    .map((country) => compileCountry(new Metadata(json), country));
  return (national) => {
    for (const c of countries) {
      let type: NonNullable<NumberType> | undefined;
      if (c.leadingDigits) {
        if (!c.leadingDigits.test(national)) continue;
        type = numberType(c, national);
      } else {
        type = numberType(c, national);
        if (type === undefined) continue;
      }
      return type ? { valid: true, country: c.country, type } : invalid;
    }
    return invalid;
  };
}
