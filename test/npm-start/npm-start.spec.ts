import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { freshDataDir, ownArgs } from '../electron/support/launch';
import { projectRoot, runtime } from '../electron/support/runtime';

// `npm start` rebuilds out/, so this runs after the browser and Electron tests (playwright.config.ts).
test(`npm start builds once, then electron-vite's preview starts the app (${runtime.label})`, async () => {
  test.skip(runtime.kind === 'packaged', 'npm start runs the unpacked app');
  const dataDir = freshDataDir();
  // The app's own switches (npm start passes them on), and a DevTools port that says it is up.
  const switches = [...ownArgs(dataDir), '--remote-debugging-port=0'];
  const child = spawn(process.execPath, ['scripts/start.mjs', ...switches], {
    cwd: projectRoot,
    // On the double, the stand-in is named the way the README tells developers to name it.
    env: {
      ...process.env,
      ...(runtime.kind === 'double' ? { ELECTRON_EXEC_PATH: runtime.executable } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const ended = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  await expect.poll(() => output, { timeout: 60_000 }).toContain('DevTools listening on ws://');
  // main ran start(): the data folder holds the app's files.
  await expect
    .poll(() => existsSync(join(dataDir, 'settings.json')), { timeout: 30_000 })
    .toBe(true);
  // One build is three bundles (main, preload, renderer); preview was told to skip its own.
  expect(output.match(/✓ built in/g)).toHaveLength(3);
  expect(output).not.toContain('Electron uninstall');

  child.kill('SIGINT');
  const code = await ended;
  if (process.platform !== 'win32') expect(code).toBe(0);
  rmSync(dataDir, { recursive: true, force: true });
});
