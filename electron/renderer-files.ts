import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

import { contentSecurityPolicy } from '@shared/csp';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface RendererResponse {
  status: number;
  body: Buffer;
  headers: Record<string, string>;
}

/**
 * Serves one file of the built renderer for a URL path, with the CSP header.
 * Plain Node so the browser tests serve the renderer exactly as the app's protocol does.
 * Paths that leave the renderer folder are refused (404), whatever their encoding.
 */
export async function readRendererFile(
  rendererDir: string,
  urlPath: string,
): Promise<RendererResponse> {
  const root = resolve(rendererDir);
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return notFound();
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  const file = resolve(root, `.${relative}`);
  if (!file.startsWith(root + sep)) return notFound();
  try {
    const body = await readFile(file);
    return {
      status: 200,
      body,
      headers: {
        'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    };
  } catch {
    return notFound();
  }
}

function notFound(): RendererResponse {
  return { status: 404, body: Buffer.from('Not found'), headers: { 'Content-Type': 'text/plain' } };
}
