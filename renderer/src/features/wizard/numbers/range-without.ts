/** The lines a range `first-last` becomes without one of its numbers: the part before it, and the part after. */
export function rangeWithout(first: string, last: string, removed: string): string[] {
  const [a, b, n] = [Number(first), Number(last), Number(removed)];
  const part = (from: number, to: number) =>
    from > to ? [] : from === to ? [String(from)] : [`${from}-${to}`];
  return [...part(a, n - 1), ...part(n + 1, b)];
}
