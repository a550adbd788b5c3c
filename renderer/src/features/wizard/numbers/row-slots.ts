/** The rows on screen, in the list's order, each with the slot (React key) whose elements show it. */
export type RowSlots = readonly { index: number; slot: number }[];

/**
 * Gives each row to show a slot: a row still shown keeps its own, and a row coming into view
 * takes the slot of one that left. A slot's elements are then updated in place, not made anew:
 * a fast scroll through 100,000 numbers replaces every row each frame, and making a row's
 * elements (its native select above all) was most of the frame's work.
 *
 * React keeps keyed elements in the order given and moves an element to get there (a move
 * takes the element out of the page and puts it back, focus and all). So a row coming into
 * view takes a slot that left from the same place among the rows that stay: between the same
 * two kept rows, and in the order the slots were shown. Rows replaced all at once then keep
 * their elements where they are; a row coming in above the rows that stay (a scroll up) gets a
 * new slot rather than one from below, which would make React move every row in between. Only
 * below the last kept row may a slot from elsewhere be taken (React moves that one element).
 */
export function assignRowSlots(before: RowSlots, indexes: readonly number[]): RowSlots {
  const wanted = new Set(indexes);
  const keptSlots = new Map<number, number>();
  // The slots that left, by the number of kept rows shown before them.
  const freed: number[][] = [];
  for (const { index, slot } of before) {
    if (wanted.has(index)) keptSlots.set(index, slot);
    else (freed[keptSlots.size] ??= []).push(slot);
  }
  const lastGap = keptSlots.size;
  const taken = freed.map(() => 0);
  const takeFrom = (gap: number): number | undefined => {
    const slots = freed[gap];
    return slots && taken[gap]! < slots.length ? slots[taken[gap]!++] : undefined;
  };
  // New slots: the lowest numbers no row had.
  const had = new Set(before.map((s) => s.slot));
  let unused = 0;
  const newSlot = () => {
    while (had.has(unused)) unused++;
    return unused++;
  };

  let gap = 0;
  return indexes.map((index) => {
    const own = keptSlots.get(index);
    if (own !== undefined) {
      gap++;
      return { index, slot: own };
    }
    let slot = takeFrom(gap);
    for (let g = 0; slot === undefined && gap === lastGap && g < freed.length; g++)
      slot = takeFrom(g);
    return { index, slot: slot ?? newSlot() };
  });
}
