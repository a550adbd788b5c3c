import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createDispatcher } from '@main/ipc-dispatcher';
import { createSenderCheck } from '@main/sender-check';
import { UserFacingError } from '@shared/ipc-error';
import { openServices } from '@tools/harness';
import { describe, expect, it, vi } from 'vitest';

const origin = 'app://portdesk';
const trusted = { url: `${origin}/index.html`, isMainFrame: true };

function setUp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'portdesk-unit-'));
  const services = openServices(dataDir);
  const logError = vi.fn();
  const dispatch = createDispatcher(services.handlers, {
    isTrustedSender: createSenderCheck(origin),
    logError,
  });
  return { dataDir, services, dispatch, logError };
}

describe('the IPC dispatcher', () => {
  it('answers a valid call through the real service', async () => {
    const { dispatch } = setUp();
    expect(await dispatch(trusted, 'updateSettings', { theme: 'dark' })).toEqual({
      ok: true,
      value: { theme: 'dark' },
    });
    expect(await dispatch(trusted, 'getSettings', undefined)).toEqual({
      ok: true,
      value: { theme: 'dark' },
    });
  });

  it('refuses invalid input with a typed error naming the field, and changes nothing on disk', async () => {
    const { dispatch, services, dataDir } = setUp();
    const file = join(dataDir, 'settings.json');
    const before = readFileSync(file, 'utf8');
    const result = await dispatch(trusted, 'updateSettings', { theme: 42 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Theme: choose System, Light or Dark.',
        field: 'theme',
      },
    });
    services.flushAll();
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(services.settings.get()).toEqual({ theme: 'system' });
  });

  it('refuses unknown keys, input on a no-input channel, and unknown channels', async () => {
    const { dispatch } = setUp();
    expect(await dispatch(trusted, 'updateSettings', { theme: 'dark', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'PortDesk does not know the field "extra".' },
    });
    expect(await dispatch(trusted, 'getSettings', { sneaky: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'This request takes no input.' },
    });
    expect(await dispatch(trusted, 'setAnyKey', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });

  it('refuses senders other than the app main frame, before reading the input', async () => {
    const { dispatch, services } = setUp();
    const fromFrame = await dispatch(
      { url: `${origin}/index.html`, isMainFrame: false },
      'updateSettings',
      { theme: 'dark' },
    );
    const fromWeb = await dispatch(
      { url: 'https://evil.example/', isMainFrame: true },
      'updateSettings',
      { theme: 'dark' },
    );
    const fromNowhere = await dispatch({ url: '', isMainFrame: true }, 'updateSettings', {
      theme: 'dark',
    });
    for (const result of [fromFrame, fromWeb, fromNowhere]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(services.settings.get()).toEqual({ theme: 'system' });
  });

  it('passes a service refusal on as it is, and hides unexpected failures behind a plain message', async () => {
    const { services, logError } = setUp();
    const failing = {
      ...services.handlers,
      dismissStartupNotice: () => {
        throw new UserFacingError('not-allowed', 'Not now.', 'id');
      },
      getSettings: () => {
        throw new Error('ENOSPC at /secret/path');
      },
      getAppInfo: () => ({ version: 1 }) as never,
    };
    const dispatch = createDispatcher(failing, { isTrustedSender: () => true, logError });
    expect(await dispatch(trusted, 'dismissStartupNotice', { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not-allowed', message: 'Not now.', field: 'id' },
    });
    const hidden = await dispatch(trusted, 'getSettings', undefined);
    expect(hidden).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'PortDesk could not complete this action. Please try again.',
      },
    });
    expect(JSON.stringify(hidden)).not.toContain('secret');
    expect(await dispatch(trusted, 'getAppInfo', undefined)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logError).toHaveBeenCalledTimes(2);
  });
});
