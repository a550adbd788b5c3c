import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createDispatcher, type Dispatch } from '@main/ipc-dispatcher';
import { readRendererFile } from '@main/renderer-files';
import { createSenderCheck } from '@main/sender-check';
import type { AppServiceDeps } from '@main/services/app-services';
import { type AppServices, openAppServices } from '@main/services/app-services';
import type { Dialogs } from '@main/services/dialogs';
import type { CreateConf } from '@main/storage/conf-like';
import type { Page } from '@playwright/test';
import { channelNameFromId, channelNames } from '@shared/contract';
import { channelId } from '@shared/contract/wire';
import Conf from 'conf';

import { createAesSecretBox } from './aes-secret-box';
import { copyForPage } from './page-copy.cjs';
import { type TypedCalls, typedCalls } from './typed-calls';

/** The origin the browser tests serve the built renderer from (intercepted, no server). */
export const testOrigin = 'http://portdesk.localhost';
const rendererDir = join(import.meta.dirname, '../out/renderer');
const version = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** The app's store factory, with conf itself instead of electron-store (which needs the Electron binary). */
export const createTestConf: CreateConf = ({ name, cwd }) =>
  new Conf<Record<string, unknown>>({
    projectName: 'portdesk',
    configName: name,
    cwd,
    clearInvalidConfig: false,
  });

/** Test double for the OS clipboard (Electron's), which cannot run here. */
export function createMemoryClipboard(): {
  text: string;
  writeText(t: string): void;
  readText(): string;
} {
  return {
    text: '',
    writeText(t) {
      this.text = t;
    },
    readText() {
      return this.text;
    },
  };
}

/** Opens the real main-side services on a data folder, as main does at start-up. */
export function openServices(
  dataDir: string,
  revealed: string[] = [],
  overrides: Partial<AppServiceDeps> = {},
): AppServices {
  return openAppServices({
    dataDir,
    createConf: createTestConf,
    now: () => new Date(),
    appInfo: { version, dataFolder: dataDir, runtime: 'browser-test' },
    // Test double: showing a file in the OS file manager is Electron's shell, which cannot run here.
    revealPath: (path) => revealed.push(path),
    logError: (message, error) => console.error(message, error),
    secretBox: sharedSecretBox,
    clipboard: createMemoryClipboard(),
    later: (task, ms) => void setTimeout(task, ms).unref(),
    dialogs: noDialogs,
    // Test double: opening a file with the OS (the PDF viewer, the file manager) is Electron's shell.
    openPath: (path) => revealed.push(path),
    ...overrides,
  });
}

/** Test double: the OS's file dialogs are Electron's; each answers "cancelled" unless a test passes its own. */
export const noDialogs: Dialogs = {
  chooseNumbersFile: () => Promise.resolve(undefined),
  chooseExportFolder: () => Promise.resolve(undefined),
  chooseScanFile: () => Promise.resolve(undefined),
  chooseDocumentFile: () => Promise.resolve(undefined),
  chooseOrderFile: () => Promise.resolve(undefined),
  chooseOrderSaveFile: () => Promise.resolve(undefined),
};

// One key per test process, so a "restart" can still open what the first run sealed (as the OS keyring would).
const sharedSecretBox = createAesSecretBox();

export interface RunningApp extends TypedCalls {
  services: AppServices;
  /** Paths the app asked the OS file manager to show. */
  revealed: string[];
  /** What the app put on the (test double) clipboard. */
  clipboard: { text: string };
  /** Flushes, reopens every service on the same data folder and reloads the page: a full restart of the app. */
  restart(): Promise<void>;
}

/**
 * Runs the built renderer in Chromium with `window.portdesk` installed from the
 * contract's channel list and forwarded to the REAL dispatcher and services. Only
 * Electron's IPC transport is replaced (by a Playwright binding).
 */
export async function launchApp(
  page: Page,
  dataDir: string,
  overrides: Partial<AppServiceDeps> = {},
): Promise<RunningApp> {
  const revealed: string[] = [];
  const clipboard = createMemoryClipboard();
  let services = openServices(dataDir, revealed, { clipboard, ...overrides });
  let dispatch: Dispatch = dispatcherFor(services);

  await page.route(`${testOrigin}/**`, async (route) => {
    const file = await readRendererFile(rendererDir, new URL(route.request().url()).pathname);
    await route.fulfill({ status: file.status, headers: file.headers, body: file.body });
  });
  // The binding receives wire names, as ipcMain.handle does; an unknown one reaches the dispatcher as undefined.
  // The reply crosses as copyForPage says (JSON text when exact: Playwright's own copy is 10x Electron's).
  await page.exposeBinding('__portdeskInvoke', async (source, id: unknown, input: unknown) =>
    copyForPage(
      await dispatch(
        { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() },
        channelNameFromId(id),
        input,
      ),
    ),
  );
  await page.addInitScript(
    ({ entries }) => {
      const invoke = (
        window as unknown as {
          __portdeskInvoke: (
            c: string,
            i: unknown,
          ) => Promise<{ json: string } | { value: unknown }>;
        }
      ).__portdeskInvoke;
      const bridge = Object.fromEntries(
        entries.map(([name, id]) => [
          name,
          async (input?: unknown) => {
            const reply = await invoke(id, input);
            return 'json' in reply ? (JSON.parse(reply.json) as unknown) : reply.value;
          },
        ]),
      );
      (window as unknown as { portdesk: unknown }).portdesk = Object.freeze(bridge);
    },
    { entries: channelNames.map((name) => [name, channelId(name)] as const) },
  );
  await page.goto(`${testOrigin}/index.html`);

  const app: RunningApp = {
    // As the page calls: from the test origin, through the same dispatcher.
    ...typedCalls(() => dispatch, { url: `${testOrigin}/index.html`, isMainFrame: true }),
    services,
    revealed,
    clipboard,
    async restart() {
      services.flushAll();
      services = openServices(dataDir, revealed, { clipboard, ...overrides });
      dispatch = dispatcherFor(services);
      app.services = services;
      await page.reload();
    },
  };
  return app;
}

function dispatcherFor(services: AppServices): Dispatch {
  return createDispatcher(services.handlers, {
    isTrustedSender: createSenderCheck(testOrigin),
    logError: (message, error) => console.error(message, error),
  });
}
