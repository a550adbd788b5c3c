/** One step of a document's schema history: turns version `to - 1` data into version `to`. */
export interface Migration {
  to: number;
  up: (data: unknown) => unknown;
}

/** The schema version a list of migrations leads to (1 when there are none). */
export function currentVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.to), 1);
}

/**
 * Runs, in order, every migration above `fromVersion`. Versions must be consecutive
 * from 2 up, which is checked here so a gap is a programming error, not silent data loss.
 */
export function migrate(
  data: unknown,
  fromVersion: number,
  migrations: readonly Migration[],
): unknown {
  const ordered = [...migrations].sort((a, b) => a.to - b.to);
  ordered.forEach((m, i) => {
    if (m.to !== i + 2)
      throw new Error(`Migrations must be numbered 2, 3, ... without gaps (found ${m.to}).`);
  });
  return ordered.filter((m) => m.to > fromVersion).reduce((value, m) => m.up(value), data);
}
