import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { z } from 'zod';

import type { CreateConf } from './conf-like';
import { currentVersion, migrate, type Migration } from './migrations';
import { backupPathFor, moveAside } from './quarantine';

/** A data file PortDesk could not use and moved aside at start-up. */
export interface Recovery {
  file: string;
  backupPath: string;
  reason: 'unreadable' | 'invalid' | 'newer-version';
}

export interface DocumentOptions<T> {
  createConf: CreateConf;
  dir: string;
  name: string;
  schema: z.ZodType<T>;
  defaults: T;
  migrations?: readonly Migration[];
  now: () => Date;
  /** Changes within this window are written once (electron-store rewrites the whole file each time). */
  flushDelayMs?: number;
  onWriteError?: (error: unknown) => void;
}

/** One JSON document on disk, kept in memory, written atomically and coalesced. */
export interface DocumentStore<T> {
  get(): T;
  set(value: T): void;
  update(change: (current: T) => T): T;
  /** Writes pending changes now (on quit, on step change). Throws if the disk refuses. */
  flush(): void;
  readonly recovery: Recovery | undefined;
}

type Loaded<T> =
  | { kind: 'missing' }
  | { kind: 'ok'; value: T; fromVersion: number }
  | { kind: 'bad'; reason: Recovery['reason'] };

/**
 * Opens a document: reads and checks it, runs migrations (keeping a copy of the
 * pre-migration file), or moves an unusable file aside and starts from defaults.
 */
export function openDocument<T>(options: DocumentOptions<T>): DocumentStore<T> {
  const { dir, name, schema, defaults, now } = options;
  const migrations = options.migrations ?? [];
  const version = currentVersion(migrations);
  const file = join(dir, `${name}.json`);
  const loaded = loadFile(file, schema, migrations, version);

  let recovery: Recovery | undefined;
  if (loaded.kind === 'bad') {
    recovery = { file, reason: loaded.reason, backupPath: moveAside(file, loaded.reason, now()) };
  }
  if (loaded.kind === 'ok' && loaded.fromVersion < version) {
    copyFileSync(file, backupPathFor(file, `before-v${version}`, now()));
  }

  const conf = options.createConf({ name, cwd: dir });
  let value: T = loaded.kind === 'ok' ? loaded.value : defaults;
  let dirty = loaded.kind !== 'ok' || loaded.fromVersion < version;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    conf.store = { schemaVersion: version, data: value };
    dirty = false;
  };
  const schedule = (): void => {
    dirty = true;
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      try {
        flush();
      } catch (error) {
        options.onWriteError?.(error);
      }
    }, options.flushDelayMs ?? 250);
    timer.unref?.();
  };

  flush();
  return {
    get: () => value,
    set(next) {
      value = next;
      schedule();
    },
    update(change) {
      value = change(value);
      schedule();
      return value;
    },
    flush,
    recovery,
  };
}

function loadFile<T>(
  file: string,
  schema: z.ZodType<T>,
  migrations: readonly Migration[],
  version: number,
): Loaded<T> {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'bad', reason: 'unreadable' };
  }
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { kind: 'bad', reason: 'unreadable' };
  }
  const fromVersion = readVersion(envelope);
  if (fromVersion === undefined) return { kind: 'bad', reason: 'invalid' };
  if (fromVersion > version) return { kind: 'bad', reason: 'newer-version' };
  let data: unknown;
  try {
    data = migrate((envelope as { data: unknown }).data, fromVersion, migrations);
  } catch {
    return { kind: 'bad', reason: 'invalid' };
  }
  const parsed = schema.safeParse(data);
  return parsed.success
    ? { kind: 'ok', value: parsed.data, fromVersion }
    : { kind: 'bad', reason: 'invalid' };
}

function readVersion(envelope: unknown): number | undefined {
  if (typeof envelope !== 'object' || envelope === null || !('data' in envelope)) return undefined;
  const version = (envelope as { schemaVersion?: unknown }).schemaVersion;
  return Number.isInteger(version) && (version as number) >= 1 ? (version as number) : undefined;
}
