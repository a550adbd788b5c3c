import { spawnSync } from 'node:child_process';
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';

import { describe, expect, it, vi } from 'vitest';

// The Electron test double's parts, loaded as the stand-in executable loads them.
const require = createRequire(import.meta.url);
const double = '../support/electron-double';
const { app } = require(`${double}/main/app.cjs`);
const { safeStorage } = require(`${double}/main/safe-storage.cjs`);
const { protocol, toPageUrl, fromPageUrl } = require(`${double}/main/protocol.cjs`);
const { runPreload } = require(`${double}/renderer/preload-runner.cjs`);
const { devToolsPipe } = require(`${double}/main/devtools-pipe.cjs`);

describe('the Electron test double', () => {
  it('DevTools pipe: Chromium killed with a message still unread ends the line, and does not crash main', () => {
    // Review of this round: with no 'error' listener, the reset socket (ECONNRESET) was an
    // unhandled error that killed the double's main process (Playwright's own pipe listens).
    const pipeModule = join(
      import.meta.dirname,
      '../support/electron-double/main/devtools-pipe.cjs',
    );
    const script = `
      const { spawn } = require('node:child_process');
      const { devToolsPipe } = require(${JSON.stringify(pipeModule)});
      // Chromium's stand-in: reads nothing, then is killed, as stop() kills it.
      const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)'], {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
      });
      const pipe = devToolsPipe(child.stdio[3], child.stdio[4]);
      pipe.onclose = () => console.log('closed');
      setTimeout(() => pipe.send({ id: 1, method: 'Fetch.continueRequest', params: { requestId: '1' } }), 100);
      setTimeout(() => child.kill(), 200);
      setTimeout(() => { console.log('alive'); process.exit(0); }, 800);
    `;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stderr).not.toMatch(/ECONNRESET|EPIPE|Unhandled 'error' event/);
    expect(run.stdout.trim().split('\n')).toEqual(['closed', 'alive']);
  });

  it('DevTools pipe: NUL-ended JSON both ways, a message split across reads or several in one read, in order', async () => {
    const toChromium = new PassThrough();
    const fromChromium = new PassThrough();
    const pipe = devToolsPipe(toChromium, fromChromium);
    const received: unknown[] = [];
    pipe.onmessage = (message: unknown) => received.push(message);
    let closed = false;
    pipe.onclose = () => (closed = true);

    pipe.send({ id: 1, method: 'Browser.getVersion' });
    expect(String(toChromium.read())).toBe('{"id":1,"method":"Browser.getVersion"}\0');
    fromChromium.write('{"id":1,"result":{"product":"Chro');
    fromChromium.write('me/156"}}\0{"method":"Target.targetCreated"}\0{"id"');
    // "é" is two bytes in UTF-8: the read may end between them.
    const last = Buffer.from(':2,"result":{"text":"é"}}\0');
    const split = last.indexOf(0xc3) + 1;
    fromChromium.write(last.subarray(0, split));
    fromChromium.write(last.subarray(split));
    fromChromium.end();
    await vi.waitFor(() => expect(closed).toBe(true));
    expect(received).toEqual([
      { id: 1, result: { product: 'Chrome/156' } },
      { method: 'Target.targetCreated' },
      { id: 2, result: { text: 'é' } },
    ]);
  });

  it('safeStorage: unusable before ready; basic_text is not encryption unless asked, and then Chromium v10', () => {
    app._configure(new Map([['password-store', 'basic']]));
    expect(() => safeStorage.encryptString('x')).toThrow('before app is ready');
    protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true } }]);
    app._emitReady();
    expect(safeStorage.getSelectedStorageBackend()).toBe('basic_text');
    expect(safeStorage.isEncryptionAvailable()).toBe(false);
    safeStorage.setUsePlainTextEncryption(true);
    const sealed: Buffer = safeStorage.encryptString('4829130576');
    expect(sealed.subarray(0, 3).toString()).toBe('v10');
    // Chromium's Linux key: PBKDF2-SHA1("peanuts", "saltysalt", 1), AES-128-CBC, IV of spaces.
    const key = pbkdf2Sync('peanuts', 'saltysalt', 1, 16, 'sha1');
    const decipher = createDecipheriv('aes-128-cbc', key, Buffer.alloc(16, ' '));
    expect(Buffer.concat([decipher.update(sealed.subarray(3)), decipher.final()]).toString()).toBe(
      '4829130576',
    );
    safeStorage.setUsePlainTextEncryption(false);
  });

  it('safeStorage with a keyring: v11, a key the data folder never holds, and a round trip', () => {
    app._configure(new Map([['password-store', 'gnome-libsecret']]));
    expect(safeStorage.getSelectedStorageBackend()).toBe('gnome_libsecret');
    const sealed: Buffer = safeStorage.encryptString('112358');
    expect(sealed.subarray(0, 3).toString()).toBe('v11');
    expect(sealed.toString('latin1')).not.toContain('112358');
    expect(safeStorage.decryptString(sealed)).toBe('112358');
  });

  it('app.setPath refuses a relative path, as Electron does', () => {
    expect(() => app.setPath('userData', 'relative/dir')).toThrow('Path must be absolute');
    expect(() => app.setPath('noSuchPath', '/tmp')).toThrow('Failed to set path');
  });

  it('maps app://portdesk to a loopback name and back', () => {
    expect(toPageUrl('app://portdesk/index.html?a=1')).toBe(
      'http://portdesk.app.localhost/index.html?a=1',
    );
    expect(fromPageUrl('http://portdesk.app.localhost/assets/x.js')).toBe(
      'app://portdesk/assets/x.js',
    );
    expect(fromPageUrl('https://example.com/')).toBe('https://example.com/');
  });

  it('runs a preload sandboxed: only electron, events, timers and url; a throw is reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'double-preload-'));
    const ok = join(dir, 'ok.cjs');
    writeFileSync(
      ok,
      "const { contextBridge } = require('electron'); require('node:events'); require('timers'); require('url');\n" +
        "contextBridge.exposeInMainWorld('api', { kind: process.type, sandboxed: process.sandboxed, ping: () => 'pong' });",
    );
    const link = { invoke: async () => ({ result: undefined }), send: () => {} };
    const { exposures } = runPreload(ok, link);
    const api = exposures.get('api') as { kind: string; sandboxed: boolean; ping: () => string };
    expect([api.kind, api.sandboxed, api.ping()]).toEqual(['renderer', true, 'pong']);

    const bad = join(dir, 'bad.cjs');
    writeFileSync(
      bad,
      "require('fs'); require('electron').contextBridge.exposeInMainWorld('x', 1);",
    );
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(runPreload(bad, link).exposures.size).toBe(0);
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([
      `Unable to load preload script: ${bad}`,
      'Error: module not found: fs',
    ]);
    errors.mockRestore();
  });
});
