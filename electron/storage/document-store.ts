import { copyFileSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { UserFacingError } from '@shared/ipc-error';

import type { CheckedFiles } from './checked-files';
import type { ConfLike, CreateConf } from './conf-like';
import { moveAside, reserveBackupPath } from './quarantine';
import { readStored, type StoredFormat } from './stored-format';
import { notSavedError } from './write-errors';

/** A data file PortDesk could not use at start-up: moved aside, or (newer) left untouched. */
export interface Recovery {
  file: string;
  /** Where the file went; none for a newer file, which stays where it is. */
  backupPath: string | undefined;
  reason: 'unreadable' | 'invalid' | 'newer-version';
  /** What PortDesk did about it, when it did more than set the file aside. */
  detail?: string;
}

export interface DocumentOptions<T> {
  createConf: CreateConf;
  dir: string;
  name: string;
  format: StoredFormat<T>;
  defaults: T;
  now: () => Date;
  /** How long `setSoon` may wait before writing (the window's size while it is dragged). */
  soonDelayMs?: number;
  onWriteError?: (error: unknown) => void;
  /**
   * The file as `readDocumentFile` found it moments ago, when nothing has written it since
   * (start-up reads the orders while the window loads: `readOrdersAhead`).
   */
  readAhead?: DocumentRead<T>;
}

/** One JSON document on disk at its format's current version, kept in memory. */
export interface DocumentStore<T> {
  get(): T;
  /**
   * Writes `value` to disk now (atomic: temp file, fsync, rename) and only then keeps it:
   * when this returns, it is saved. Throws a `not-saved` error when the disk refuses,
   * and the previous value stays, in memory as on disk.
   */
  set(value: T): void;
  update(change: (current: T) => T): T;
  /** For values nobody waits on (window bounds): written within a moment, or at `flush`. */
  setSoon(value: T): void;
  /** Writes what `setSoon` left pending (on quit). */
  flush(): void;
  /** Why the file could not be used at start-up, if it could not. */
  readonly recovery: Recovery | undefined;
  /** True when no file existed: nothing was ever saved under this name. */
  readonly isNew: boolean;
}

/** What a document file held when read: nothing, a value at some version, or nothing usable. */
export type DocumentRead<T> =
  | { kind: 'missing' }
  | { kind: 'ok'; value: T; fromVersion: number }
  | { kind: 'bad'; reason: Recovery['reason'] };

/**
 * Opens a document: reads it with the schema of the version it was written at, upgrades
 * it (writing it back at today's version, with a copy of the old file kept until the next
 * start), or moves an unusable file aside. A file from a newer PortDesk is left as it is,
 * and every write to it is refused rather than replacing it with defaults.
 */
export function openDocument<T>(options: DocumentOptions<T>): DocumentStore<T> {
  const { dir, name, format, now } = options;
  const file = join(dir, `${name}.json`);
  const loaded = options.readAhead ?? readDocumentFile(file, format);
  const newer = loaded.kind === 'bad' && loaded.reason === 'newer-version';

  let recovery: Recovery | undefined;
  if (loaded.kind === 'bad') {
    recovery = {
      file,
      reason: loaded.reason,
      backupPath: newer ? undefined : moveAside(file, loaded.reason, now()),
    };
  }

  let conf: ConfLike | undefined;
  let value: T = loaded.kind === 'ok' ? loaded.value : options.defaults;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let soon: T | undefined;

  const write = (next: T): void => {
    if (newer) {
      throw new UserFacingError(
        'not-allowed',
        `${format.label}: the file ${basename(file)} comes from a newer PortDesk. This one will not overwrite it: update PortDesk to change it.`,
      );
    }
    // Checked against the format it is written at: nothing reaches the disk that cannot be read back.
    const checked = format.current.parse(next);
    try {
      conf ??= options.createConf({ name, cwd: dir });
      conf.store = { schemaVersion: format.version, data: checked };
    } catch (error) {
      throw notSavedError(format.label, error);
    }
    value = checked;
  };

  if (loaded.kind === 'ok' && loaded.fromVersion < format.version) {
    copyFileSync(file, reserveBackupPath(file, `before-v${format.version}`, now()));
    try {
      write(loaded.value);
    } catch (error) {
      // The old file is still there and still readable: the upgrade is tried again next time.
      options.onWriteError?.(error);
    }
  } else if (loaded.kind === 'ok') {
    removeUpgradeCopies(dir, name);
  }

  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (soon === undefined) return;
    const next = soon;
    soon = undefined;
    write(next);
  };

  return {
    get: () => (soon === undefined ? value : soon),
    set(next) {
      soon = undefined;
      write(next);
    },
    update(change) {
      this.set(change(this.get()));
      return value;
    },
    setSoon(next) {
      // A file from a newer PortDesk is never written; the value lives for this session only.
      if (newer) {
        value = next;
        return;
      }
      soon = next;
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        try {
          flush();
        } catch (error) {
          options.onWriteError?.(error);
        }
      }, options.soonDelayMs ?? 250);
      timer.unref?.();
    },
    flush,
    recovery,
    isNew: loaded.kind === 'missing',
  };
}

/**
 * Reads a document file with the schema of its version: no upgrade, no write, nothing moved.
 * With `checked`, a file found valid before with the very same text is not checked again.
 */
export function readDocumentFile<T>(
  file: string,
  format: StoredFormat<T>,
  checked?: CheckedFiles,
): DocumentRead<T> {
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
  if (typeof envelope !== 'object' || envelope === null || !('data' in envelope)) {
    return { kind: 'bad', reason: 'invalid' };
  }
  const { schemaVersion, data } = envelope as { schemaVersion?: unknown; data: unknown };
  const current = schemaVersion === format.version;
  const digest = current ? checked?.digest(raw) : undefined;
  if (digest !== undefined && checked?.has(digest)) {
    return { kind: 'ok', value: data as T, fromVersion: format.version };
  }
  const read = readStored(format, schemaVersion, data);
  if (read.kind === 'newer') return { kind: 'bad', reason: 'newer-version' };
  if (read.kind === 'invalid') return { kind: 'bad', reason: 'invalid' };
  // Noted only when the check gave back the text's own value: read as it is next time, it is the same.
  if (digest !== undefined && isDeepStrictEqual(read.value, data)) checked?.add(digest);
  return read;
}

/** The copies kept when a file was upgraded: once it opens at today's version, they have done their job. */
function removeUpgradeCopies(dir: string, name: string): void {
  const prefix = `${name}.before-v`;
  for (const entry of upgradeCopiesIn(dir)) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.json')) continue;
    try {
      unlinkSync(join(dir, entry));
    } catch {
      // Kept a while longer; harmless.
    }
  }
}

// The folder's upgrade copies, read again only when the folder changed: opening 10,000 orders
// must not read the orders folder 10,000 times (that made start-up quadratic in the orders).
const copiesByDir = new Map<string, { changedAt: number; copies: string[] }>();

function upgradeCopiesIn(dir: string): string[] {
  let changedAt: number;
  try {
    changedAt = statSync(dir).mtimeMs;
  } catch {
    return [];
  }
  const known = copiesByDir.get(dir);
  if (known?.changedAt === changedAt) return known.copies;
  const copies = readdirSync(dir).filter((entry) => entry.includes('.before-v'));
  copiesByDir.set(dir, { changedAt, copies });
  return copies;
}
