import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import { channelNames } from '@shared/contract';
import { docLinks } from '@shared/external-links';
import { screenshotPath } from '@test/support/screenshots';

import { finish, launchPortDesk, type RunningPortDesk, windowEvents } from './support/launch';
import { runtime } from './support/runtime';

console.log(`Electron spec: running on ${runtime.label}`);

// One app for the scenarios that look at the running window; each names what it checks. (A
// failed scenario gets a fresh app for the next one: Playwright restarts the worker.)
let running: RunningPortDesk;
test.beforeAll(async () => {
  running = await launchPortDesk();
});
test.afterAll(async () => {
  await finish(running);
});

test(`starts: the Port orders page in a secure window, from ${runtime.origin}`, async () => {
  const { app, page, dataDir } = running;
  expect(await page.evaluate(() => location.origin)).toBe(runtime.origin);
  expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(
    dataDir,
  );
  // getLastWebPreferences is Electron's own (internal, used by its security warnings).
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown>;
    };
    const { contextIsolation, sandbox, nodeIntegration, webSecurity, spellcheck } =
      contents.getLastWebPreferences();
    return { contextIsolation, sandbox, nodeIntegration, webSecurity, spellcheck };
  });
  // spellcheck off: Chromium's spellchecker downloads dictionaries on Windows and Linux (tutorial/spellchecker.md).
  expect(preferences).toEqual({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
  });
});

test('the window is shown on ready-to-show, not before', async () => {
  test.skip(!runtime.probes, 'a packaged app loads no -r probe; checked on the unpacked app');
  expect(await windowEvents(running.app)).toEqual([['ready-to-show', 'show']]);
});

test('permissions are refused: the page sees geolocation and notifications denied', async () => {
  const { page } = running;
  expect(
    await page.evaluate(async () => [
      (await navigator.permissions.query({ name: 'geolocation' })).state,
      Notification.permission,
    ]),
  ).toEqual(['denied', 'denied']);
});

test('the preload exposes exactly the contract, and the page has no require or process', async () => {
  const { page } = running;
  expect(await page.evaluate(() => Object.keys(window.portdesk ?? {}).sort())).toEqual(
    [...channelNames].sort(),
  );
  expect(await page.evaluate(() => Object.isFrozen(window.portdesk))).toBe(true);
  expect(
    await page.evaluate(() => [
      typeof (globalThis as { require?: unknown }).require,
      typeof (globalThis as { process?: unknown }).process,
      typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
      typeof (globalThis as { Buffer?: unknown }).Buffer,
    ]),
  ).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
});

test('one IPC round trip through the UI: the Dark theme is saved and reaches the page', async () => {
  const { app, page, dataDir } = running;
  const dark = () => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  expect(await dark()).toBe(false);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.getByRole('status').getByText('Saved', { exact: true })).toBeVisible();
  // main set nativeTheme.themeSource, and Chromium's prefers-color-scheme follows it.
  await expect.poll(dark).toBe(true);
  expect(await app.evaluate(({ nativeTheme }) => nativeTheme.themeSource)).toBe('dark');
  await expect
    .poll(() => JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as unknown)
    .toEqual({ schemaVersion: 1, data: { theme: 'dark' } });
  await page.getByRole('radio', { name: 'Same as the operating system' }).check();
  await expect.poll(dark).toBe(false);
});

test('navigation and window.open are refused; an allowlisted link goes to the OS browser', async () => {
  const { app, page } = running;
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { opened: string[] }).opened = opened;
    shell.openExternal = async (url: string) => void opened.push(url);
  });
  const appUrl = page.url();
  await page.evaluate(() => (location.href = 'https://example.com/'));
  await page.evaluate((url) => (location.href = url), docLinks.portOrders);
  expect(await page.evaluate(() => window.open('https://example.com/popup'))).toBeNull();
  expect(await page.evaluate((url) => window.open(url), docLinks.portOutPin)).toBeNull();
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { opened: string[] }).opened))
    .toEqual([docLinks.portOrders, docLinks.portOutPin]);
  expect(page.url()).toBe(appUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('the numbers Worker runs under the app origin, with the CSP enforced', async () => {
  const { page } = running;
  const csp = await page.evaluate(async () =>
    (await fetch('/index.html')).headers.get('content-security-policy'),
  );
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("worker-src 'self'");
  // The CSP is in force: an inline script is refused (and says so on the console, which is expected here).
  const refused = await page.evaluate(
    () =>
      new Promise<string>((done) => {
        document.addEventListener('securitypolicyviolation', (e) => done(e.effectiveDirective), {
          once: true,
        });
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.head.append(script);
      }),
  );
  expect(refused).toBe('script-src-elem');
  expect(await page.evaluate(() => (window as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  running.pageProblems.splice(
    0,
    running.pageProblems.length,
    ...running.pageProblems.filter((p) => !p.includes('inline script')),
  );
  await page.getByRole('tab', { name: 'Port orders' }).click();
  await page.getByRole('button', { name: 'Start a port order' }).click();
  await page.getByRole('button', { name: 'Next: Phone numbers' }).click();
  await page
    .getByRole('textbox', { name: 'Type or paste numbers' })
    .fill('+1 206 555 0100\n+1 206 555 0101\n+1 206 882 0102');
  await page.getByRole('button', { name: 'Add to the list' }).click();
  // Read and checked by the Worker: three lines, two refused (555-01XX is reserved).
  await expect(page.getByRole('button', { name: 'All: 3' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Errors: 2' })).toBeVisible();
});

test('the PIN is copied and the clipboard cleared; a failed copy says so', async () => {
  const { app, page } = running;
  const pin = '4829130576';
  await page.evaluate(async (value) => {
    const bridge = window.portdesk!;
    await bridge.saveOrganization({
      name: 'Contoso',
      country: 'US',
      street: '',
      city: '',
      region: '',
      postalCode: '98101',
      contactName: '',
      contactEmail: '',
      contactPhone: '',
    });
    const set = (await bridge.setPin({ pin: value, confirm: value })) as { ok: boolean };
    if (!set.ok) throw new Error(JSON.stringify(set));
  }, pin);
  // The clear is due in 60 seconds: the test holds that timer and fires it itself.
  await app.evaluate(() => {
    const real = globalThis.setTimeout;
    const held: (() => void)[] = [];
    (globalThis as unknown as { heldTimers: (() => void)[] }).heldTimers = held;
    globalThis.setTimeout = ((task: () => void, ms?: number, ...rest: unknown[]) =>
      ms === 60_000 ? void held.push(task) : real(task, ms, ...rest)) as typeof setTimeout;
  });
  await page.getByRole('tab', { name: 'Port-out PIN' }).click();
  await page.getByRole('button', { name: 'Copy PIN for the new carrier' }).click();
  await expect(
    page.getByText('PIN copied. PortDesk clears the clipboard in 60 seconds.'),
  ).toBeVisible();
  expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toBe(pin);
  await app.evaluate(() =>
    (globalThis as unknown as { heldTimers: (() => void)[] }).heldTimers.forEach((task) => task()),
  );
  await expect.poll(() => app.evaluate(({ clipboard }) => clipboard.readText())).toBe('');

  await app.evaluate(({ clipboard }) => {
    clipboard.writeText = () =>
      Promise.reject(new Error('the clipboard is owned by another program'));
  });
  await page.getByRole('button', { name: 'Copy PIN for the new carrier' }).click();
  await expect(page.getByText(/could not put the PIN on the clipboard/)).toBeVisible();
  await expect(page.getByText(/^PIN copied/)).toHaveCount(0);
  await page.screenshot({ path: screenshotPath(`electron-pin-copy-failed-${runtime.kind}.png`) });
});

test('file dialogs open on the window and start in the folder used last', async () => {
  const { app, page } = running;
  const folder = mkdtempSync(join(tmpdir(), 'portdesk-dialog-'));
  writeFileSync(join(folder, 'numbers.csv'), '+1 206 555 0100\n');
  await app.evaluate(
    ({ dialog, BrowserWindow }, file) => {
      const calls: { parent: boolean; defaultPath: string | undefined }[] = [];
      (globalThis as unknown as { dialogCalls: typeof calls }).dialogCalls = calls;
      dialog.showOpenDialog = (async (...args: unknown[]) => {
        const options = args.at(-1) as { defaultPath?: string };
        calls.push({
          parent: args[0] === BrowserWindow.getAllWindows()[0],
          defaultPath: options.defaultPath,
        });
        return { canceled: false, filePaths: [file] };
      }) as typeof dialog.showOpenDialog;
    },
    join(folder, 'numbers.csv'),
  );
  await page.evaluate(async () => {
    await window.portdesk!.openNumbersFile();
    await window.portdesk!.openNumbersFile();
  });
  const calls = await app.evaluate(
    () => (globalThis as unknown as { dialogCalls: unknown[] }).dialogCalls,
  );
  expect(calls).toEqual([
    { parent: true, defaultPath: undefined },
    { parent: true, defaultPath: folder },
  ]);
});
