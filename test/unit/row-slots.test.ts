import { assignRowSlots, type RowSlots } from '@renderer/features/wizard/numbers/row-slots';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** A window of consecutive rows, as the virtualizer gives them (and now and then one more: the focused row). */
const windowOf = (start: number, length: number, extra?: number) => {
  const indexes = Array.from({ length }, (_, i) => start + i);
  if (extra !== undefined && !indexes.includes(extra)) indexes.push(extra);
  return indexes.sort((a, b) => a - b);
};

/**
 * The elements React moves to put keyed children in the new order (its reconcileChildrenArray:
 * an element found before the last one placed is moved; new keys are made, not moved).
 */
function movedSlots(before: RowSlots, after: RowSlots): number[] {
  const oldPlace = new Map(before.map((s, i) => [s.slot, i]));
  let lastPlaced = -1;
  const moved: number[] = [];
  for (const { slot } of after) {
    const place = oldPlace.get(slot);
    if (place === undefined) continue;
    if (place < lastPlaced) moved.push(slot);
    else lastPlaced = place;
  }
  return moved;
}

const scroll = (first: RowSlots, start: number) =>
  assignRowSlots(first, windowOf(start, first.length));

describe('row slots of the numbers table', () => {
  it('keeps the slot of every row still shown, gives no two rows one slot, and never moves a row that stays', () => {
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
            const stayed = new Set<number>();
            for (const { index, slot } of slots) {
              const still = next.find((s) => s.index === index);
              if (still) {
                expect(still.slot).toBe(slot);
                stayed.add(slot);
              }
            }
            expect(movedSlots(slots, next).filter((slot) => stayed.has(slot))).toEqual([]);
            most = Math.max(most, next.length);
            expect(Math.max(...next.map((s) => s.slot))).toBeLessThan(2 * most);
            slots = next;
          }
        },
      ),
    );
  });

  it('moves no element when every row is replaced at once', () => {
    const first = assignRowSlots([], windowOf(0, 20));
    const scrolled = scroll(first, 3);
    const jumped = scroll(scrolled, 5_000);
    expect(jumped.map((s) => s.slot)).toEqual(scrolled.map((s) => s.slot));
    expect(movedSlots(scrolled, jumped)).toEqual([]);
  });

  it('moves only the rows that came into view when the list scrolls down, and none when it scrolls up', () => {
    const first = assignRowSlots([], windowOf(100, 20));
    for (const by of [1, 3, 7]) {
      const down = scroll(first, 100 + by);
      expect(movedSlots(first, down)).toHaveLength(by);
      const up = scroll(first, 100 - by);
      expect(movedSlots(first, up)).toEqual([]);
      // Up: the rows above are made anew; the slots that left below go.
      expect(up.slice(0, by).every((s) => !first.some((f) => f.slot === s.slot))).toBe(true);
    }
  });
});
