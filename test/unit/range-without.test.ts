import { rangeWithout } from '@renderer/features/wizard/numbers/range-without';
import { describe, expect, it } from 'vitest';

describe('rangeWithout (removing one number of a range)', () => {
  it('leaves the parts before and after', () => {
    expect(rangeWithout('4255550200', '4255550209', '4255550204')).toEqual([
      '4255550200-4255550203',
      '4255550205-4255550209',
    ]);
  });
  it('leaves a single number where only one is left on a side', () => {
    expect(rangeWithout('4255550200', '4255550202', '4255550201')).toEqual([
      '4255550200',
      '4255550202',
    ]);
  });
  it('leaves one part when the first or last number goes', () => {
    expect(rangeWithout('4255550200', '4255550209', '4255550200')).toEqual([
      '4255550201-4255550209',
    ]);
    expect(rangeWithout('4255550200', '4255550209', '4255550209')).toEqual([
      '4255550200-4255550208',
    ]);
  });
});
