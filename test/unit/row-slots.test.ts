import { assignRowSlots, type RowSlots } from '@renderer/features/wizard/numbers/row-slots';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** A window of consecutive rows, as the virtualizer gives them (and now and then one more: the focused row). */
const windowOf = (start: number, length: number, extra?: number) => {
  const indexes = Array.from({ length }, (_, i) => start + i);
  if (extra !== undefined && !indexes.includes(extra)) indexes.push(extra);
  return indexes.sort((a, b) => a - b);
};

describe('row slots of the numbers table', () => {
  it('keeps the slot of every row still shown, gives no two rows one slot, and makes no more slots than rows', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            start: fc.nat(500),
            length: fc.integer({ min: 1, max: 30 }),
            extra: fc.option(fc.nat(600), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (windows) => {
          let slots: RowSlots = [];
          let most = 0;
          for (const w of windows) {
            const indexes = windowOf(w.start, w.length, w.extra);
            const next = assignRowSlots(slots, indexes);
            expect(next.map((s) => s.index)).toEqual(indexes);
            expect(new Set(next.map((s) => s.slot)).size).toBe(next.length);
            for (const { index, slot } of slots) {
              const still = next.find((s) => s.index === index);
              if (still) expect(still.slot).toBe(slot);
            }
            most = Math.max(most, next.length);
            expect(Math.max(...next.map((s) => s.slot))).toBeLessThan(most);
            slots = next;
          }
        },
      ),
    );
  });

  it('keeps the document order when every row is replaced at once (React moves no element)', () => {
    const first = assignRowSlots([], windowOf(0, 20));
    const scrolled = assignRowSlots(first, windowOf(3, 20));
    const jumped = assignRowSlots(scrolled, windowOf(5_000, 20));
    expect(jumped.map((s) => s.slot)).toEqual(scrolled.map((s) => s.slot));
  });

  it('moves only the row that came into view when the list scrolls by one', () => {
    const first = assignRowSlots([], windowOf(0, 20));
    const next = assignRowSlots(first, windowOf(1, 20));
    expect(next.map((s) => s.slot)).toEqual([...first.slice(1).map((s) => s.slot), first[0]!.slot]);
  });
});
