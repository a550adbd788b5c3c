import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { CreateConf } from '@main/storage/conf-like';
import { openDocument } from '@main/storage/document-store';
import { migrate } from '@main/storage/migrations';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { createTestConf, openServices } from '../support/harness';

const schema = z.object({ name: z.string(), count: z.number() });
const now = () => new Date('2026-11-23T10:04:05.123Z');
const tempDir = () => mkdtempSync(join(tmpdir(), 'portdesk-doc-'));

/** conf itself, counting how often the file is written. */
function countingConf(writes: { count: number }): CreateConf {
  return (options) => {
    const conf = createTestConf(options);
    return {
      get path() {
        return conf.path;
      },
      get store() {
        return conf.store;
      },
      set store(value) {
        writes.count += 1;
        conf.store = value;
      },
    };
  };
}

describe('a document on disk', () => {
  it('starts from defaults, writes an envelope with the schema version, and reads it back', () => {
    const dir = tempDir();
    const doc = openDocument({
      createConf: createTestConf,
      dir,
      name: 'doc',
      schema,
      defaults: { name: 'a', count: 0 },
      now,
    });
    doc.update((d) => ({ ...d, count: 2 }));
    doc.flush();
    expect(JSON.parse(readFileSync(join(dir, 'doc.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      data: { name: 'a', count: 2 },
    });
    const again = openDocument({
      createConf: createTestConf,
      dir,
      name: 'doc',
      schema,
      defaults: { name: 'z', count: 9 },
      now,
    });
    expect(again.get()).toEqual({ name: 'a', count: 2 });
    expect(again.recovery).toBeUndefined();
  });

  it('coalesces a burst of changes into one write', async () => {
    const dir = tempDir();
    const writes = { count: 0 };
    const doc = openDocument({
      createConf: countingConf(writes),
      dir,
      name: 'doc',
      schema,
      defaults: { name: 'a', count: 0 },
      now,
      flushDelayMs: 20,
    });
    const afterOpen = writes.count;
    for (let i = 1; i <= 50; i++) doc.set({ name: 'a', count: i });
    expect(writes.count).toBe(afterOpen);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(writes.count).toBe(afterOpen + 1);
    expect(JSON.parse(readFileSync(join(dir, 'doc.json'), 'utf8')).data.count).toBe(50);
  });

  it.each([
    ['not JSON', '{"schemaVersion":1,"data":{', 'unreadable'],
    ['JSON of the wrong shape', '{"schemaVersion":1,"data":{"name":5}}', 'invalid'],
    ['no envelope', '[1,2,3]', 'invalid'],
    ['from a newer PortDesk', '{"schemaVersion":7,"data":{}}', 'newer-version'],
  ])(
    'moves a file that is %s aside, never deleting it, and starts from defaults',
    (_label, content, reason) => {
      const dir = tempDir();
      writeFileSync(join(dir, 'doc.json'), content);
      const doc = openDocument({
        createConf: createTestConf,
        dir,
        name: 'doc',
        schema,
        defaults: { name: 'd', count: 0 },
        now,
      });
      expect(doc.get()).toEqual({ name: 'd', count: 0 });
      expect(doc.recovery).toEqual({
        file: join(dir, 'doc.json'),
        reason,
        backupPath: join(dir, `doc.${reason}-2026-11-23T10-04-05.json`),
      });
      expect(readFileSync(doc.recovery!.backupPath, 'utf8')).toBe(content);
      expect(JSON.parse(readFileSync(join(dir, 'doc.json'), 'utf8')).data).toEqual({
        name: 'd',
        count: 0,
      });
    },
  );

  it('runs migrations in order and keeps a copy of the file from before them', () => {
    const dir = tempDir();
    const old = '{"schemaVersion":1,"data":{"title":"Seattle"}}';
    writeFileSync(join(dir, 'doc.json'), old);
    const migrations = [
      { to: 3, up: (d: unknown) => ({ ...(d as object), count: 0 }) },
      { to: 2, up: (d: unknown) => ({ name: (d as { title: string }).title }) },
    ];
    const doc = openDocument({
      createConf: createTestConf,
      dir,
      name: 'doc',
      schema,
      defaults: { name: '', count: 1 },
      migrations,
      now,
    });
    expect(doc.get()).toEqual({ name: 'Seattle', count: 0 });
    expect(JSON.parse(readFileSync(join(dir, 'doc.json'), 'utf8')).schemaVersion).toBe(3);
    expect(readFileSync(join(dir, 'doc.before-v3-2026-11-23T10-04-05.json'), 'utf8')).toBe(old);
  });

  it('refuses a migration list with a gap', () => {
    expect(() => migrate({}, 1, [{ to: 3, up: (d) => d }])).toThrow(/without gaps/);
  });
});

describe('the app services on a data folder', () => {
  it('keep settings across a restart on the same folder', () => {
    const dir = tempDir();
    const first = openServices(dir);
    first.handlers.updateSettings({ theme: 'light' });
    first.windowState.set({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
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
});
