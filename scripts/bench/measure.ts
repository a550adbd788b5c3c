/** One figure of the bench, as printed and as written to the JSON file. */
export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 'x' | 'count' | 'kB' | 'MB';
  /** The target, and whether the value must be at most or at least it; none for a figure shown for context. */
  target: number | undefined;
  better: 'lower' | 'higher';
  /** What the figure is compared with, measured in the same run. */
  baseline?: { name: string; value: number };
}

/** The median of `runs` timings of `task` (after one warm-up run unless told not to), in milliseconds. */
export async function medianMs(runs: number, task: () => unknown, warmUp = true): Promise<number> {
  if (warmUp) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "min 12-max 30 ms": how far the runs of a figure spread. */
export function spread(values: number[]): string {
  return `spread ${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)} ms`;
}

export const meets = (f: Figure) =>
  f.target === undefined || (f.better === 'lower' ? f.value <= f.target : f.value >= f.target);

/** "12.9x faster than" or "3.0x the time of": how a timing compares with its baseline. */
function comparison(value: number, baseline: number): string {
  // A longest-task figure of 0 (none over 50 ms) has no ratio to its baseline.
  if (value === 0 || baseline === 0) return 'against';
  return baseline >= value
    ? `${(baseline / value).toFixed(1)}x faster than`
    : `${(value / baseline).toFixed(1)}x the time of`;
}

/** The figures as a table, with each one's ratio to its target and, when it has one, to its baseline. */
export function report(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const target = f.target;
    const ratio =
      target === undefined || (f.better === 'lower' && f.value === 0)
        ? undefined
        : f.better === 'lower'
          ? target / f.value
          : f.value / target;
    const vsBaseline = f.baseline
      ? `${f.unit === 'ms' ? comparison(f.value, f.baseline.value) : `${(f.value / f.baseline.value).toFixed(1)}x`} ${f.baseline.name} (${f.baseline.value.toFixed(1)} ${f.unit})`
      : '';
    const targetText =
      target === undefined
        ? '(context)'
        : `${f.better === 'lower' ? '<=' : '>='} ${target} ${f.unit}`;
    return [
      f.name,
      `${f.value.toFixed(f.unit === 'count' ? 0 : 1)} ${f.unit}`,
      targetText,
      ratio === undefined ? '' : ratio.toFixed(2),
      target === undefined ? '' : meets(f) ? 'met' : 'MISSED',
      vsBaseline,
    ];
  });
  const header = ['figure', 'value', 'target', 'margin', '', 'baseline (same run)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}
