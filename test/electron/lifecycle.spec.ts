import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

import { orderFilePattern, ordersDir } from '@main/services/orders/order-files';
import { checkedOrdersCacheName } from '@main/storage/checked-files';
import { type ElectronApplication, expect, type Page, test } from '@playwright/test';

import {
  appArgs,
  exited,
  finish,
  freshDataDir,
  launchPortDesk,
  windowEvents,
} from './support/launch';
import { projectRoot, runtime } from './support/runtime';

/** Opens a new draft at its Porting details step and types an order name, not waiting for the autosave. */
async function typeOrderName(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Start a port order' }).click();
  for (const step of [
    'Phone numbers',
    'BTN',
    'Account information',
    'Documents',
    'Porting details',
  ])
    await page.getByRole('button', { name: `Next: ${step}` }).click();
  await page.getByRole('textbox', { name: 'Order name' }).fill(name);
}

/**
 * Holds main's coalesced writes (the document store writes 250 ms after a change), so what
 * reaches the disk got there through a flush: on close, on quit, at the end of the session.
 */
async function holdCoalescedWrites(app: ElectronApplication): Promise<void> {
  await app.evaluate(() => {
    const real = globalThis.setTimeout;
    const held = { unref: () => held, ref: () => held, hasRef: () => false };
    globalThis.setTimeout = ((task: () => void, ms?: number, ...rest: unknown[]) =>
      ms === 250 ? held : real(task, ms, ...rest)) as typeof setTimeout;
  });
}

/** The text of every order file in the data folder. */
function orderFiles(dataDir: string): string {
  const dir = ordersDir(dataDir);
  return readdirSync(dir)
    .filter((file) => orderFilePattern.test(file))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

test('text typed is on disk once saved; at the end of the OS session (Windows logoff) the window bounds are written; text typed as the window closes lands on disk', async () => {
  const running = await launchPortDesk();
  await holdCoalescedWrites(running.app);
  await typeOrderName(running.page, 'Written before session end');
  // "Saved" means on disk: main writes before it answers, with no timer of its own.
  await expect(running.page.getByText('Saving…')).toBeVisible();
  await expect(running.page.getByText('Saving…')).toBeHidden();
  expect(orderFiles(running.dataDir)).toContain('Written before session end');
  // What main still holds for a moment is the window's place, written once it stops moving.
  const bounds = await running.app.evaluate(({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows()[0]!;
    window.setBounds({ x: 60, y: 50, width: 1010, height: 710 });
    return window.getNormalBounds();
  });
  const windowState = () =>
    JSON.parse(readFileSync(join(running.dataDir, 'window-state.json'), 'utf8')) as {
      data: { bounds?: unknown };
    };
  expect(windowState().data.bounds).not.toEqual(bounds);
  // Windows sends session-end, and then neither before-quit nor will-quit (app.md 'will-quit').
  await running.app.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows()[0]!.emit('session-end', { reasons: ['logoff'] });
  });
  expect(windowState().data.bounds).toEqual(bounds);

  await running.page
    .getByRole('textbox', { name: 'Order name' })
    .fill('Typed as the window closed');
  // Closed on the next turn, so this evaluate returns before the app goes away.
  await running.app.evaluate(({ BrowserWindow }) => {
    setTimeout(() => BrowserWindow.getAllWindows()[0]!.close());
  });
  // The last window closed: the app quits by itself (not on macOS, where apps stay open).
  if (process.platform !== 'darwin') expect(await exited(running.child)).toBe(0);
  else await running.app.close();
  expect(orderFiles(running.dataDir)).toContain('Typed as the window closed');
  await finish(running);
});

test('a quit flushes everything; the next start, from a relative --user-data-dir, brings the maximized window back once its content is ready', async () => {
  const first = await launchPortDesk();
  await holdCoalescedWrites(first.app);
  await typeOrderName(first.page, 'Written at quit');
  const normal = await first.app.evaluate(({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows()[0]!;
    window.setBounds({ x: 40, y: 30, width: 1000, height: 700 });
    window.maximize();
    return window.getNormalBounds();
  });
  await first.app.evaluate(({ app }) => {
    setTimeout(() => app.quit());
  });
  expect(await exited(first.child)).toBe(0);
  const dataDir = first.dataDir;
  expect(orderFiles(dataDir)).toContain('Written at quit');
  expect(JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'))).toEqual({
    schemaVersion: 1,
    data: { bounds: normal, maximized: true },
  });
  expect(first.brokenRules()).toEqual([]);
  expect(first.pageProblems).toEqual([]);

  // Electron resolves --user-data-dir against the working folder (app.setPath would throw).
  const second = await launchPortDesk({
    dataDir,
    cwd: dirname(dataDir),
    userDataArg: basename(dataDir),
  });
  expect(await second.app.evaluate(({ app }) => app.getPath('userData'))).toBe(
    realpathSync(dataDir),
  );
  // Shown and maximized on ready-to-show: main may still be opening the orders when the page
  // first paints, so the window comes back a moment after its content, not at a fixed time.
  const state = () =>
    second.app.evaluate(({ BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows()[0]!;
      return {
        maximized: window.isMaximized(),
        normal: window.getNormalBounds(),
        visible: window.isVisible(),
      };
    });
  await expect.poll(state).toEqual({ maximized: true, normal, visible: true });
  if (runtime.probes) {
    // maximize() shows a hidden window (browser-window.md), so it must wait for ready-to-show.
    expect(await windowEvents(second.app)).toEqual([['ready-to-show', 'maximize', 'show']]);
  }
  await second.app.evaluate(({ app }) => {
    setTimeout(() => app.quit());
  });
  expect(await exited(second.child)).toBe(0);
  // This start read the order written at the last quit and found it valid: noted for the next.
  const checks = JSON.parse(readFileSync(join(dataDir, checkedOrdersCacheName), 'utf8')) as {
    digests: string[];
  };
  expect(checks.digests).toHaveLength(1);
  await finish(second);
});

test('an exception inside start-up shows an error box naming the problem, and the app exits', async () => {
  // The probe stands in for the native, modal error box; without it nobody would close the box.
  test.skip(!runtime.probes, 'a packaged app loads no -r probe; checked on the unpacked app');
  const dataDir = freshDataDir();
  // A file where the orders folder belongs: opening the data fails inside start().
  writeFileSync(ordersDir(dataDir), 'not a folder');
  const child = spawn(
    runtime.executable,
    [...(process.platform === 'linux' ? ['--no-sandbox'] : []), ...appArgs(dataDir)],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const code = await new Promise<number | null>((done) => {
    const timer = setTimeout(() => {
      child.kill();
      done(null);
    }, 20_000);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      done(exitCode);
    });
  });
  expect(stderr).toMatch(/error box: PortDesk could not start \| .*orders/);
  // Exited: no process is left holding the single-instance lock with no window.
  expect(code).toBe(1);
});
