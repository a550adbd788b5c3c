import { protocol } from 'electron';

import { readRendererFile } from './renderer-files';

/**
 * The renderer is served from `app://portdesk/` rather than file://, so it has a real
 * origin (IPC sender checks compare it) and every response carries the CSP header,
 * which file:// loads cannot.
 */
export const appOrigin = 'app://portdesk';

/**
 * Must run before the app is ready. `codeCache` (docs/api/structures/custom-scheme.md, Electron
 * 28+, standard schemes only) lets Chromium keep V8's compiled code of the renderer's scripts in
 * the data folder, as it does for http(s): from the second start on, the first screen's 0.7 MB
 * of JavaScript is not compiled again. (The Electron test double cannot show it: the pages it
 * serves through DevTools interception never reach Chromium's code cache.)
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer folder under `app://portdesk/`. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'portdesk') return new Response('Not found', { status: 404 });
    const file = await readRendererFile(rendererDir, url.pathname);
    return new Response(new Uint8Array(file.body), { status: file.status, headers: file.headers });
  });
}
