import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  describeDownloadError,
  downloadFailedMessage,
  electronMissingMessage,
  nodeIsRecentEnough,
} from '../../scripts/start-messages.mjs';

const root = join(import.meta.dirname, '../..');
const electronVersion = '45.4.1';

/** Runs one of npm start's scripts with the real Node and the real installer; no Electron is named. */
function run(script: string, env: Record<string, string> = {}) {
  const clean = { ...process.env };
  delete clean['ELECTRON_EXEC_PATH'];
  delete clean['ELECTRON_OVERRIDE_DIST_PATH'];
  return spawnSync(process.execPath, [join(root, 'scripts', script)], {
    cwd: root,
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm start when Electron cannot be fetched', () => {
  it('install-electron really fails, and the admin reads what happened, the retry and the way round it', () => {
    // A closed loopback port as the download mirror: the real installer, a real refused connection.
    const result = run('fetch-electron.mjs', { ELECTRON_MIRROR: 'http://127.0.0.1:9/' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      downloadFailedMessage(
        electronVersion,
        describeDownloadError('TypeError: fetch failed', '127.0.0.1:9'),
      ),
    );
    expect(result.stderr).toContain('npx install-electron');
    expect(result.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(result.stderr).not.toContain('Electron uninstall');
  });

  it('stops with the Node version on an older Node, or goes on to the download on a recent one', () => {
    const result = run('start.mjs', { ELECTRON_MIRROR: 'http://127.0.0.1:9/' });
    expect(result.status).toBe(1);
    const expected = nodeIsRecentEnough(process.versions.node)
      ? 'PortDesk could not download Electron'
      : electronMissingMessage(process.versions.node, electronVersion);
    expect(result.stderr).toContain(expected);
    expect(result.stderr).not.toContain('Electron uninstall');
  });

  it('nothing is downloaded at npm install time: no install script here or in electron', () => {
    const installScripts = (file: string) =>
      Object.keys(
        (JSON.parse(readFileSync(file, 'utf8')) as { scripts?: Record<string, string> }).scripts ??
          {},
      ).filter((name) => /^(pre|post)?install$|^prepare$/.test(name));
    expect(installScripts(join(root, 'package.json'))).toEqual([]);
    expect(installScripts(join(root, 'node_modules/electron/package.json'))).toEqual([]);
  });

  it('reads Node versions as npm does: 22.12 and later pass', () => {
    expect(['20.20.2', '22.11.0', '18.0.0'].map(nodeIsRecentEnough)).toEqual([false, false, false]);
    expect(['22.12.0', '22.20.1', '24.1.0'].map(nodeIsRecentEnough)).toEqual([true, true, true]);
  });
});
