import { protocol } from 'electron';

import { readRendererFile } from './renderer-files';

/**
 * The renderer is served from `app://portdesk/` rather than file://, so it has a real
 * origin (IPC sender checks compare it) and every response carries the CSP header,
 * which file:// loads cannot.
 */
export const appOrigin = 'app://portdesk';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
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
