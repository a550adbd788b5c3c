// One formatter for the counts PortDesk writes ("1,204"). `n.toLocaleString('en-US')` builds
// a new one on every call (about 0.3 ms each): the Port orders page writes 30 counts as it
// first shows, which cost it 8-10 ms at start (`npm run bench`). Made on first use: main
// loads this module at start and writes no count then.
let counts: Intl.NumberFormat | undefined;

/** A count as the admin reads it: "1,204". */
export function countWords(count: number): string {
  counts ??= new Intl.NumberFormat('en-US');
  return counts.format(count);
}
