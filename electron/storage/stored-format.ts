import type { z } from 'zod';

/** Turns data of one format version into the next version's shape. */
export type Upgrade = (data: unknown) => unknown;

/**
 * A kind of stored file (settings, an order, a `.portorder`...) across its history: one
 * frozen zod schema per version, and the upgrades between them (Mattermost's config
 * V0..V4 is the model). The live schemas the app works with may change; what a file
 * holds changes only with a new version here, an upgrade from the previous one, and a
 * fixture of the previous version that a test opens (`test/fixtures/stored/`).
 */
export interface StoredFormat<T> {
  /** What the admin calls this file in a notice ("Settings", "Port order"). */
  label: string;
  /** `versions[0]` is version 1. Frozen: never edit one, add the next. */
  versions: readonly z.ZodType[];
  /** `upgrades[i]` turns version i + 1 into version i + 2. */
  upgrades: readonly Upgrade[];
  /** The version written today. */
  version: number;
  /** Its schema: what every write is checked against before it reaches the disk. */
  current: z.ZodType<T>;
}

/** A format from its versions, oldest first, and the upgrades between each pair. */
export function defineFormat<T>(
  label: string,
  versions: readonly [...z.ZodType[], z.ZodType<T>],
  upgrades: readonly Upgrade[],
): StoredFormat<T> {
  if (upgrades.length !== versions.length - 1) {
    throw new Error(`${label}: ${versions.length} versions need ${versions.length - 1} upgrades.`);
  }
  return {
    label,
    versions,
    upgrades,
    version: versions.length,
    current: versions[versions.length - 1] as z.ZodType<T>,
  };
}

export type StoredRead<T> =
  | { kind: 'ok'; value: T; fromVersion: number }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; detail: string };

/**
 * Reads data stored at `version`: checked against that version's own schema, then
 * upgraded one version at a time, each step checked against the next schema. A version
 * from a newer PortDesk is reported, never guessed at.
 */
export function readStored<T>(
  format: StoredFormat<T>,
  version: unknown,
  data: unknown,
): StoredRead<T> {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'invalid', detail: 'it has no format version' };
  }
  if (version > format.version) return { kind: 'newer', version };
  let value: unknown = data;
  for (let v = version; ; v++) {
    const parsed = format.versions[v - 1]!.safeParse(value);
    if (!parsed.success) return { kind: 'invalid', detail: describe(parsed.error, v) };
    if (v === format.version) return { kind: 'ok', value: parsed.data as T, fromVersion: version };
    value = format.upgrades[v - 1]!(parsed.data);
  }
}

/** The first problem, in a few words: names in the file are shortened, whatever their length there. */
function describe(error: z.ZodError, version: number): string {
  const issue = error.issues[0];
  const short = (text: string) => (text.length <= 40 ? text : `${text.slice(0, 39)}…`);
  const path = issue?.path.map((p) => short(String(p))).join(' › ') ?? '';
  const what =
    issue?.code === 'unrecognized_keys'
      ? `unknown field “${short(issue.keys[0] ?? '')}”${issue.keys.length > 1 ? ` and ${issue.keys.length - 1} more` : ''}`
      : (issue?.message ?? 'not valid');
  return `${path ? `${path}: ` : ''}${what} (format ${version})`;
}
