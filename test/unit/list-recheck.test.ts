import { checkNumbers } from '@shared/numbers/check-numbers';
import { createForeignNamer } from '@shared/numbers/foreign-number';
import { keepList } from '@shared/numbers/list-recheck';
import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import { readList } from '@shared/numbers/read-numbers';
import fc from 'fast-check';
import metadata from 'libphonenumber-js/metadata.max.json';
import { describe, expect, it } from 'vitest';

const classify = createNanpClassifier(metadata as never);
const foreign = createForeignNamer(metadata as never);
// Numbers another order holds: a first occurrence of one is an error, its repeats stay repeats.
const elsewhere = new Map([
  ['+14258820105', 'Seattle main office'],
  ['+16135550123', 'Ottawa branch'],
]);
const context = { classify, foreign, elsewhere };

/** What a whole check of the list gives main: counts, groups, and every E.164 number it holds. */
function wholeCheck(source: string) {
  const check = checkNumbers(readList(source), context);
  const numbers = new Set<string>();
  for (const row of check.rows) if (row.e164 !== undefined) numbers.add(row.e164);
  return { counts: check.counts, groups: check.groups, numbers: [...numbers].sort() };
}

function kept(list: ReturnType<typeof keepList>) {
  const { counts, groups, numbers } = list.figures();
  return { counts, groups, numbers: [...numbers].sort() };
}

// Lines of every kind, drawn from a small pool so repeats are made and unmade all the time.
const pool = [
  '+14258820100',
  '(425) 882-0101',
  '425-882-0102',
  '4258820103 x12',
  '4258820104 ext. 7',
  '+14258820105',
  '4168820106',
  '(613) 555-0123',
  '8005550199',
  '8885550100',
  '2125550111',
  '4255550100',
  '4255550150',
  '+44 20 7946 0958',
  '011 44 20 7946 0958',
  '+1 876 555 0123',
  '9005550123',
  'call me',
  '12345',
  '',
  '   ',
  '4258820100-4258820104',
  '4258820110-4258820103',
  '4258820101',
  '+1 425 882 0100',
];
const line = fc.constantFrom(...pool);
const edit = fc.oneof(
  fc.record({ kind: fc.constant('change' as const), at: fc.nat(), text: line }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: line }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('block' as const),
    at: fc.nat(),
    texts: fc.array(line, { maxLength: 6 }),
    count: fc.integer({ min: 0, max: 4 }),
  }),
);

type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function apply(lines: string[], e: Edit): string[] {
  const next = [...lines];
  const at = lines.length === 0 ? 0 : e.at % (lines.length + 1);
  if (e.kind === 'change') next[Math.min(at, Math.max(0, next.length - 1))] = e.text;
  else if (e.kind === 'insert') next.splice(at, 0, e.text);
  else if (e.kind === 'delete') next.splice(at, e.count);
  else next.splice(at, e.count, ...e.texts);
  return next;
}

describe('a kept list re-checked line by line', () => {
  it('gives the figures of a whole check after every random edit (insert, delete, change, repeats made and unmade)', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.array(edit, { minLength: 1, maxLength: 25 }),
        fc.constantFrom('\n', '\r\n'),
        (start, edits, newline) => {
          let lines = start;
          const list = keepList(lines.join(newline), context);
          expect(kept(list)).toEqual(wholeCheck(lines.join(newline)));
          for (const e of edits) {
            lines = apply(lines, e);
            const source = lines.join(newline);
            // Every edit here is small: it is always taken line by line, never checked whole.
            expect(list.update(source)).toBe(true);
            expect(kept(list)).toEqual(wholeCheck(source));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('puts the numbers it handed out back as they were before an edit it takes back (random edits)', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        edit,
        (start, edits, refused) => {
          let lines = start;
          const list = keepList(lines.join('\n'), context);
          const handedOut = list.figures().numbers;
          for (const e of edits) {
            lines = apply(lines, e);
            list.update(lines.join('\n'));
          }
          // The set is changed in place (no copy of 100,000 numbers per fix) ...
          expect(list.figures().numbers).toBe(handedOut);
          const saved = wholeCheck(lines.join('\n')).numbers;
          list.update(apply(lines, refused).join('\n'));
          // ... and the save it was for refused: it is the saved list's set again.
          list.revert();
          expect([...handedOut].sort()).toEqual(saved);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves a list past 100,000 numbers, or a large rewrite, to a whole check', () => {
    const full = keepList('4258820100-4258920099', context);
    expect(full.figures().counts.total).toBe(100_000);
    expect(full.update('4258820100-4258920099\n4258820100')).toBe(false);
    const over = keepList('4258820100-4258920099\n4258820100', context);
    expect(over.figures()).toMatchObject({ counts: { total: 100_000, notRead: 1 } });
    expect(over.update('4258820100-4258920099\n4258820101')).toBe(false);
    const small = keepList('4258820100', context);
    const rewrite = Array.from({ length: 6000 }, (_, i) => String(4258830000 + i)).join('\n');
    expect(small.update(rewrite)).toBe(false);
  });
});
