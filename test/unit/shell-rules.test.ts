import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readRendererFile } from '@main/renderer-files';
import { createSenderCheck } from '@main/sender-check';
import { restoreBounds } from '@main/services/window-state';
import { channelNameFromId } from '@shared/contract';
import { channelId } from '@shared/contract/wire';
import { docLinks, isAllowedExternalUrl } from '@shared/external-links';
import { describe, expect, it } from 'vitest';

describe('external links', () => {
  it('allows only https links to the allowlisted public docs', () => {
    for (const url of Object.values(docLinks)) expect(isAllowedExternalUrl(url)).toBe(true);
    expect(isAllowedExternalUrl('http://learn.microsoft.com/x')).toBe(false);
    expect(isAllowedExternalUrl('https://learn.microsoft.com.evil.example/x')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@learn.microsoft.com/x')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});

describe('channel names on the wire', () => {
  it('round-trip, and anything else is not a channel', () => {
    expect(channelNameFromId(channelId('getSettings'))).toBe('getSettings');
    expect(channelNameFromId('portdesk:setAnything')).toBeUndefined();
    expect(channelNameFromId('getSettings')).toBeUndefined();
    expect(channelNameFromId(42)).toBeUndefined();
  });
});

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

describe('window position', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 };
  it('keeps saved bounds that are still on a display', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
    });
  });
  it('centres the window when its monitor is gone', () => {
    expect(restoreBounds({ x: 3000, y: 0, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 120,
      y: 50,
      width: 1200,
      height: 800,
    });
  });
  it('never restores below the minimum size', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 200, height: 100 }, [laptop])).toMatchObject({
      width: 900,
      height: 600,
    });
  });
});

describe('the IPC sender check', () => {
  const isTrusted = createSenderCheck('app://portdesk/index.html');
  it('accepts the app main frame on any of its pages', () => {
    expect(isTrusted({ url: 'app://portdesk/index.html', isMainFrame: true })).toBe(true);
    expect(isTrusted({ url: 'app://portdesk/other.html#x', isMainFrame: true })).toBe(true);
  });
  it.each([
    { url: 'app://portdesk/index.html', isMainFrame: false },
    { url: 'app://evil/index.html', isMainFrame: true },
    { url: 'https://portdesk/index.html', isMainFrame: true },
    { url: 'file:///index.html', isMainFrame: true },
    { url: 'about:blank', isMainFrame: true },
    { url: '', isMainFrame: true },
  ])('refuses $url (main frame: $isMainFrame)', (sender) => {
    expect(isTrusted(sender)).toBe(false);
  });
});
