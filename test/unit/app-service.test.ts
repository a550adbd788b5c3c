import { afterEach, describe, expect, it } from 'vitest';

import { cleanUp, start, tempDir } from '../support/service-app';

afterEach(cleanUp);

describe('the app channels', () => {
  it('show the data folder in the file manager, and say which folder', async () => {
    const shown: string[] = [];
    const dataDir = tempDir();
    const app = start(dataDir, { revealPath: (path) => shown.push(path) });
    expect(await app.ok('revealDataFolder')).toBe(dataDir);
    expect(shown).toEqual([dataDir]);
    expect((await app.ok('getAppInfo')).dataFolder).toBe(dataDir);
  });

  it('take no input', async () => {
    const app = start(tempDir(), { revealPath: () => expect.unreachable('nothing is shown') });
    expect(await app.send('revealDataFolder', { path: '/etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
