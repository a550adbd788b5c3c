import { regionCode } from '@shared/order/regions';
import { describe, expect, it } from 'vitest';

describe('regionCode', () => {
  it.each([
    ['US', 'Washington', 'WA'],
    ['US', 'wa', 'WA'],
    ['US', 'WA', 'WA'],
    ['US', '  new york ', 'NY'],
    ['US', 'District of Columbia', 'DC'],
    ['CA', 'Ontario', 'ON'],
    ['CA', 'qc', 'QC'],
  ] as const)('reads %s "%s" as %s', (country, text, code) => {
    expect(regionCode(country, text)).toBe(code);
  });

  it.each([
    ['US', 'ON'],
    ['US', 'Ontario'],
    ['CA', 'WA'],
    ['US', ''],
    ['US', 'Wash.'],
  ] as const)('finds no %s region in "%s"', (country, text) => {
    expect(regionCode(country, text)).toBe('');
  });
});
