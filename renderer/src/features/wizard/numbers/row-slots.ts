/** The rows on screen, in the list's order, each with the slot (React key) whose elements show it. */
export type RowSlots = readonly { index: number; slot: number }[];

/**
 * Gives each row to show a slot: a row still shown keeps its own, and a row coming into view
 * takes the slot of one that left. A slot's elements are then updated in place, not made anew:
 * a fast scroll through 100,000 numbers replaces every row each frame, and making a row's
 * elements (its native select above all) was most of the frame's work.
 *
 * The slots that left are taken in the order they were shown, so rows replaced all at once keep
 * their elements in the same document order: React then moves none, and the keyboard's order
 * and a screen reader's stay the list's order.
 */
export function assignRowSlots(before: RowSlots, indexes: readonly number[]): RowSlots {
  const kept = new Map<number, number>();
  const wanted = new Set(indexes);
  const freed: number[] = [];
  for (const { index, slot } of before) {
    if (wanted.has(index)) kept.set(index, slot);
    else freed.push(slot);
  }
  // More rows than before: the lowest slots no row had.
  const had = new Set(before.map((s) => s.slot));
  let unused = 0;
  const newSlot = () => {
    while (had.has(unused)) unused++;
    return unused++;
  };
  let free = 0;
  return indexes.map((index) => ({
    index,
    slot: kept.get(index) ?? (free < freed.length ? freed[free++]! : newSlot()),
  }));
}
