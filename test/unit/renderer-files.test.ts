import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readRendererFile } from '@main/renderer-files';
import { describe, expect, it } from 'vitest';

describe('serving the renderer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portdesk-renderer-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<p>hi</p>');
  writeFileSync(join(dir, 'assets', 'a.js'), 'x');
  writeFileSync(join(tmpdir(), 'outside-secret.txt'), 'secret');

  it('serves files with the CSP header and the right type', async () => {
    const index = await readRendererFile(dir, '/');
    expect(index.status).toBe(200);
    expect(index.headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect((await readRendererFile(dir, '/assets/a.js')).headers['Content-Type']).toMatch(
      /javascript/,
    );
  });

  it.each([
    '/../outside-secret.txt',
    '/%2e%2e/outside-secret.txt',
    '/assets/..%2f..%2foutside-secret.txt',
    '/%E0%A4%A',
    '/missing.js',
  ])('refuses %s', async (path) => {
    expect((await readRendererFile(dir, path)).status).toBe(404);
  });
});
