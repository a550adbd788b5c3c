import { isAllowedExternalUrl } from '@shared/external-links';
import { app, type Session, shell } from 'electron';

/**
 * The one place the app hands a URL to the OS browser, and only an allowlisted
 * https page of public docs (`shared/external-links.ts`); anything else is dropped.
 */
export function openAllowedExternal(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

/** Denies every permission a page could ask for (camera, notifications, geolocation...): PortDesk needs none. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * No window navigates away from the app or opens another window. Links to allowlisted
 * public docs go to the OS browser instead; webviews are never attached.
 */
export function lockDownNavigation(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      openAllowedExternal(url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openAllowedExternal(url);
      return { action: 'deny' };
    });
  });
}

/**
 * Development only: the Vite dev server needs an inline preamble script and a
 * WebSocket for hot reload, so its CSP is looser. Built apps get `shared/csp.ts`.
 */
export function applyDevServerCsp(session: Session): void {
  const policy =
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws:; img-src 'self' data:";
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
}
