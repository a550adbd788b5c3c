import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { CreateConf } from '@main/storage/conf-like';
import { openDocument } from '@main/storage/document-store';
import { reserveBackupPath } from '@main/storage/quarantine';
import { defineFormat } from '@main/storage/stored-format';
import { removeTempFiles } from '@main/storage/temp-files';
import { createTestConf, openServices } from '@tools/harness';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

const v1 = z.object({ title: z.string() });
const v2 = z.object({ name: z.string() });
const v3 = z.object({ name: z.string(), count: z.number().int() });
/** A document kind with three versions: title → name → name + count. */
const format = defineFormat(
  'Test document',
  [v1, v2, v3],
  [
    (d) => ({ name: (d as z.output<typeof v1>).title }),
    (d) => ({ ...(d as z.output<typeof v2>), count: 0 }),
  ],
);
const now = () => new Date('2026-11-23T10:04:05.123Z');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'portdesk-doc-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});
const open = (dir: string, createConf: CreateConf = createTestConf) =>
  openDocument({ createConf, dir, name: 'doc', format, defaults: { name: 'd', count: 0 }, now });
const onDisk = (dir: string) => JSON.parse(readFileSync(join(dir, 'doc.json'), 'utf8')) as unknown;

describe('a document on disk', () => {
  it('is written when set returns, at the current version, and read back', () => {
    const dir = tempDir();
    const doc = open(dir);
    expect(doc.isNew).toBe(true);
    expect(existsSync(join(dir, 'doc.json'))).toBe(false);
    doc.set({ name: 'a', count: 2 });
    expect(onDisk(dir)).toEqual({ schemaVersion: 3, data: { name: 'a', count: 2 } });
    const again = open(dir);
    expect(again.get()).toEqual({ name: 'a', count: 2 });
    expect(again.isNew).toBe(false);
    expect(again.recovery).toBeUndefined();
  });

  it('refuses to write what its own format cannot read back, and keeps the value it had', () => {
    const dir = tempDir();
    const doc = open(dir);
    doc.set({ name: 'a', count: 1 });
    expect(() => doc.set({ name: 'a', count: 1.5 })).toThrow();
    expect(doc.get()).toEqual({ name: 'a', count: 1 });
    expect(onDisk(dir)).toEqual({ schemaVersion: 3, data: { name: 'a', count: 1 } });
  });

  it('answers a failed write with a not-saved error in plain words, and keeps the old value in memory and on disk', () => {
    const dir = tempDir();
    const doc = open(dir);
    doc.set({ name: 'a', count: 1 });
    // A conf whose disk is full, as the OS reports it.
    const full: CreateConf = (options) => ({
      path: join(options.cwd, `${options.name}.json`),
      get store(): Record<string, unknown> {
        return {};
      },
      set store(_value) {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    const failing = open(dir, full);
    expect(() => failing.set({ name: 'b', count: 2 })).toThrow(
      expect.objectContaining({
        code: 'not-saved',
        message: expect.stringContaining('the disk is full') as string,
      }),
    );
    expect(failing.get()).toEqual({ name: 'a', count: 1 });
    expect(onDisk(dir)).toEqual({ schemaVersion: 3, data: { name: 'a', count: 1 } });
  });

  it('says a folder it may not write to is not writable (a real read-only folder)', () => {
    if (process.getuid?.() === 0) {
      // Root writes through permissions: the OS cannot refuse it here, so the ENOSPC case above stands in.
      expect(process.getuid()).toBe(0);
      return;
    }
    const dir = tempDir();
    chmodSync(dir, 0o555);
    expect(() => open(dir).set({ name: 'b', count: 2 })).toThrow(/may not write/);
  });

  it.each([
    ['not JSON', '{"schemaVersion":3,"data":{', 'unreadable'],
    ['JSON of the wrong shape', '{"schemaVersion":3,"data":{"name":5}}', 'invalid'],
    ['no envelope', '[1,2,3]', 'invalid'],
    ['null data', '{"schemaVersion":3,"data":null}', 'invalid'],
  ])(
    'moves a file that is %s aside, never deleting it, and starts from defaults',
    (_l, content, reason) => {
      const dir = tempDir();
      writeFileSync(join(dir, 'doc.json'), content);
      const doc = open(dir);
      expect(doc.get()).toEqual({ name: 'd', count: 0 });
      expect(doc.recovery).toEqual({
        file: join(dir, 'doc.json'),
        reason,
        backupPath: join(dir, `doc.${reason}-2026-11-23T10-04-05-123Z.json`),
      });
      expect(readFileSync(doc.recovery!.backupPath!, 'utf8')).toBe(content);
      expect(existsSync(join(dir, 'doc.json'))).toBe(false);
    },
  );

  it('leaves a file from a newer PortDesk as it is and refuses to overwrite it', () => {
    const dir = tempDir();
    const newer = '{"schemaVersion":7,"data":{"name":"from the future"}}';
    writeFileSync(join(dir, 'doc.json'), newer);
    const doc = open(dir);
    expect(doc.recovery).toEqual({
      file: join(dir, 'doc.json'),
      reason: 'newer-version',
      backupPath: undefined,
    });
    expect(() => doc.set({ name: 'x', count: 1 })).toThrow(/comes from a newer PortDesk/);
    expect(readFileSync(join(dir, 'doc.json'), 'utf8')).toBe(newer);
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });

  it('upgrades an old file version by version, writes it back, and keeps a copy until the next start', () => {
    const dir = tempDir();
    const old = '{"schemaVersion":1,"data":{"title":"Seattle"}}';
    writeFileSync(join(dir, 'doc.json'), old);
    const doc = open(dir);
    expect(doc.get()).toEqual({ name: 'Seattle', count: 0 });
    expect(onDisk(dir)).toEqual({ schemaVersion: 3, data: { name: 'Seattle', count: 0 } });
    const copy = join(dir, 'doc.before-v3-2026-11-23T10-04-05-123Z.json');
    expect(readFileSync(copy, 'utf8')).toBe(old);
    open(dir);
    expect(existsSync(copy)).toBe(false);
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });

  it('coalesces setSoon (window bounds) into one write, and flush writes it at once', async () => {
    const dir = tempDir();
    const doc = openDocument({
      createConf: createTestConf,
      dir,
      name: 'doc',
      format,
      defaults: { name: 'd', count: 0 },
      now,
      soonDelayMs: 20,
    });
    for (let i = 1; i <= 50; i++) doc.setSoon({ name: 'w', count: i });
    expect(doc.get()).toEqual({ name: 'w', count: 50 });
    expect(existsSync(join(dir, 'doc.json'))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(onDisk(dir)).toMatchObject({ data: { count: 50 } });
    doc.setSoon({ name: 'w', count: 51 });
    doc.flush();
    expect(onDisk(dir)).toMatchObject({ data: { count: 51 } });
  });
});

describe('backups and temp files', () => {
  it('never gives two backups the same name, even in the same millisecond', () => {
    const dir = tempDir();
    const file = join(dir, 'settings.json');
    const names = Array.from({ length: 3 }, () => reserveBackupPath(file, 'invalid', now()));
    expect(new Set(names).size).toBe(3);
    expect(names.map((n) => n.slice(dir.length + 1))).toEqual([
      'settings.invalid-2026-11-23T10-04-05-123Z.json',
      'settings.invalid-2026-11-23T10-04-05-123Z-2.json',
      'settings.invalid-2026-11-23T10-04-05-123Z-3.json',
    ]);
  });

  it('removes the temp files a crash left, and nothing else', () => {
    const dir = tempDir();
    for (const name of [
      'settings.json',
      'settings.json.tmp-1764583445a1b2c3',
      'notes.tmp',
      'x.json.tmp-12',
    ])
      writeFileSync(join(dir, name), '{}');
    expect(removeTempFiles(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['notes.tmp', 'settings.json', 'x.json.tmp-12']);
  });
});

describe('the app services on a data folder', () => {
  it('keep settings across a restart on the same folder', () => {
    const dir = tempDir();
    const first = openServices(dir);
    first.handlers.updateSettings({ theme: 'light' });
    first.windowState.setSoon({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
    });
    first.flushAll();
    const second = openServices(dir);
    expect(second.settings.get()).toEqual({ theme: 'light' });
    expect(second.windowState.get()).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
    });
    expect(second.settings.recovery).toBeUndefined();
  });

  it('start after a corrupt settings file and tell the admin where the backup is', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '\u0000\u0001garbage');
    const services = openServices(dir);
    const [notice] = await services.handlers.getStartupNotices(undefined);
    expect(notice?.message).toContain(notice?.backupPath ?? 'missing');
    expect(existsSync(notice!.backupPath!)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('settings.'))).toHaveLength(2);
  });

  it('keep settings from a newer PortDesk untouched, say so, and refuse to change them', async () => {
    const dir = tempDir();
    const newer = '{"schemaVersion":9,"data":{"theme":"dark","density":"compact"}}';
    writeFileSync(join(dir, 'settings.json'), newer);
    const services = openServices(dir);
    const [notice] = await services.handlers.getStartupNotices(undefined);
    expect(notice).toMatchObject({ title: 'Settings: written by a newer PortDesk' });
    expect(() => services.handlers.updateSettings({ theme: 'light' })).toThrow(/newer PortDesk/);
    services.flushAll();
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(newer);
  });
});
