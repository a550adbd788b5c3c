import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { _electron, type ElectronApplication, expect, type Page } from '@playwright/test';

import { projectRoot, runtime } from './runtime';

const probePath = join(import.meta.dirname, 'probe.cjs');

/** A fresh data folder for one scenario. */
export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'portdesk-electron-'));
}

/**
 * The command line after the executable: the probe (where `-r` loads), the app, its data
 * folder, and the OS secret store to use. On Linux a keyring is named (CI runs one): without it
 * Electron falls back to basic_text and PortDesk rightly refuses to store a PIN. On macOS the
 * mock keychain keeps the run from waiting on a Keychain prompt.
 */
export function appArgs(userDataDir: string, extra: string[] = []): string[] {
  return [
    ...(runtime.probes ? ['-r', probePath] : []),
    ...runtime.appArgs,
    ...ownArgs(userDataDir),
    ...extra,
  ];
}

/** The app's own switches: its data folder and the OS secret store (see appArgs). */
export function ownArgs(userDataDir: string): string[] {
  const secretStore =
    process.platform === 'linux'
      ? ['--password-store=gnome-libsecret']
      : process.platform === 'darwin'
        ? ['--use-mock-keychain']
        : [];
  return [`--user-data-dir=${userDataDir}`, ...secretStore];
}

export interface RunningPortDesk {
  app: ElectronApplication;
  /** The app's process (kept at launch: Playwright lets go of it once the app has exited). */
  child: ChildProcess;
  page: Page;
  dataDir: string;
  /** Errors the page logged (console errors, CSP violations, uncaught exceptions). */
  pageProblems: string[];
  /** Broken Electron rules the test double reported (always none on real Electron). */
  brokenRules(): string[];
}

/** Starts PortDesk through Playwright's _electron and waits for the Port orders page. */
export async function launchPortDesk(
  options: { dataDir?: string; userDataArg?: string; cwd?: string } = {},
): Promise<RunningPortDesk> {
  const dataDir = options.dataDir ?? freshDataDir();
  const report = join(mkdtempSync(join(tmpdir(), 'portdesk-rules-')), 'broken-rules.txt');
  const app = await _electron.launch({
    executablePath: runtime.executable,
    args: appArgs(options.userDataArg ?? dataDir),
    cwd: options.cwd ?? projectRoot,
    env: { ...process.env, ELECTRON_DOUBLE_REPORT: report } as Record<string, string>,
  });
  const child = app.process();
  const page = await app.firstWindow();
  const pageProblems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(message.text());
  });
  page.on('pageerror', (error) => pageProblems.push(error.message));
  await expect(page.getByRole('heading', { level: 1, name: 'Port orders' })).toBeVisible();
  const brokenRules = () =>
    existsSync(report) ? readFileSync(report, 'utf8').split('\n').filter(Boolean) : [];
  return { app, child, page, dataDir, pageProblems, brokenRules };
}

/** Closes the app if it still runs, and fails on anything the page or the double reported. */
export async function finish(running: RunningPortDesk): Promise<void> {
  if (running.child.exitCode === null) await running.app.close();
  expect(running.brokenRules(), 'broken Electron rules').toEqual([]);
  expect(running.pageProblems, 'console errors, CSP violations or uncaught errors').toEqual([]);
  rmSync(running.dataDir, { recursive: true, force: true });
}

/** Resolves when the app's process has ended, with its exit code. */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => child.once('exit', (code) => done(code)));
}

/** What the probe recorded for each window ('ready-to-show', 'show', 'maximize'), in order. */
export async function windowEvents(app: ElectronApplication): Promise<string[][]> {
  return app.evaluate(
    () =>
      (globalThis as unknown as { __portdeskProbe: { windows: string[][] } }).__portdeskProbe
        .windows,
  );
}
