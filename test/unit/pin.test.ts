import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createDispatcher } from '@main/ipc-dispatcher';
import type { AppServiceDeps } from '@main/services/app-services';
import { pinLengthWarning, pinSchema } from '@shared/schemas/pin';
import { createAesSecretBox } from '@tools/aes-secret-box';
import { createMemoryClipboard, openServices } from '@tools/harness';
import { typedCalls } from '@tools/typed-calls';
import { validOrganization } from '@tools/valid-order';
import { describe, expect, it } from 'vitest';

import { dataFileTexts } from '../support/data-files';

const us = validOrganization;

function setUp(overrides: Partial<AppServiceDeps> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'portdesk-pin-'));
  const services = openServices(dataDir, [], overrides);
  const dispatch = createDispatcher(services.handlers, {
    isTrustedSender: () => true,
    logError: () => {},
  });
  const { call, send } = typedCalls(() => dispatch);
  return { dataDir, services, call, send };
}

async function errorsOf(result: Promise<unknown>) {
  return ((await result) as { error?: { message: string; field?: string } }).error;
}

describe('the port-out PIN, enforced in main', () => {
  it('is not applicable without an organization, nor for a Canadian one', async () => {
    const { call } = setUp();
    expect(await call('getPinStatus')).toMatchObject({
      ok: true,
      value: { notApplicable: 'no-organization', isSet: false },
    });
    expect(await errorsOf(call('setPin', { pin: '123456', confirm: '123456' }))).toMatchObject({
      message: 'Add your organization in Settings first.',
    });
    await call('saveOrganization', { ...us, country: 'CA', postalCode: 'K1A 0B1', region: 'ON' });
    expect(await call('getPinStatus')).toMatchObject({
      ok: true,
      value: { notApplicable: 'not-us' },
    });
    expect(await errorsOf(call('setPin', { pin: '123456', confirm: '123456' }))).toMatchObject({
      message: 'A port-out PIN is only used for organizations in the United States.',
    });
  });

  it.each([
    ['123456', true],
    ['1234567890', true],
    ['12345', false],
    ['12345678901', false],
    ['12345a', false],
    ['123 456', false],
    ['123-456', false],
    ['', false],
  ])('PIN %j accepted: %s', async (pin, accepted) => {
    const { call } = setUp();
    await call('saveOrganization', us);
    const result = (await call('setPin', { pin, confirm: pin })) as { ok: boolean };
    expect(result.ok).toBe(accepted);
  });

  it('gives each broken rule its own message', async () => {
    const { call } = setUp();
    await call('saveOrganization', us);
    expect(await errorsOf(call('setPin', { pin: '12a', confirm: '12a' }))).toEqual({
      code: 'invalid-input',
      field: 'pin',
      message: 'PIN: use digits only, with no letters, spaces or special characters.',
    });
    expect((await errorsOf(call('setPin', { pin: '12345', confirm: '12345' })))?.message).toBe(
      'PIN: use at least 6 digits.',
    );
    expect(
      (await errorsOf(call('setPin', { pin: '12345678901', confirm: '12345678901' })))?.message,
    ).toBe('PIN: use at most 10 digits.');
    expect(await errorsOf(call('setPin', { pin: '123456', confirm: '123457' }))).toMatchObject({
      field: 'confirm',
    });
  });

  it('can be changed but never set back to blank, whatever is sent', async () => {
    const { call, send, services } = setUp();
    await call('saveOrganization', us);
    expect(await call('setPin', { pin: '482913', confirm: '482913' })).toMatchObject({
      ok: true,
      value: { isSet: true },
    });
    for (const input of [
      { pin: '', confirm: '' },
      { pin: ' ', confirm: ' ' },
      { pin: null, confirm: null },
      {},
    ]) {
      expect(((await send('setPin', input)) as { ok: boolean }).ok).toBe(false);
    }
    // Even a caller that skips the IPC gate cannot blank it.
    expect(() => services.handlers.setPin({ pin: '', confirm: '' })).toThrow(/cannot be removed/);
    const changed = await call('setPin', { pin: '5550123456', confirm: '5550123456' });
    expect(changed).toMatchObject({
      ok: true,
      value: { isSet: true, history: [{ kind: 'set' }, { kind: 'changed' }] },
    });
  });

  // 10-digit PINs, so the sealed base64 text cannot contain them by chance (about 1 in 10^8).
  it('is never on disk in the clear, and survives a restart', async () => {
    const { call, services, dataDir } = setUp();
    await call('saveOrganization', us);
    await call('setPin', { pin: '7319046285', confirm: '7319046285' });
    await call('setPin', { pin: '9081726354', confirm: '9081726354' });
    services.flushAll();
    for (const [file, text] of dataFileTexts(dataDir)) {
      expect(text, file).not.toContain('7319046285');
      expect(text, file).not.toContain('9081726354');
    }
    const status = (await openServices(dataDir).handlers.getPinStatus(undefined)) as {
      isSet: boolean;
      history: unknown[];
    };
    expect(status).toMatchObject({ isSet: true });
    expect(status.history).toHaveLength(2);
  });

  it('is not stored at all where the OS offers no encryption', async () => {
    const { call, dataDir } = setUp({ secretBox: createAesSecretBox(false) });
    await call('saveOrganization', us);
    expect(await call('getPinStatus')).toMatchObject({
      ok: true,
      value: { encryptionAvailable: false },
    });
    expect(await errorsOf(call('setPin', { pin: '246810', confirm: '246810' }))).toMatchObject({
      message: expect.stringContaining('no secure storage'),
    });
    expect(readFileSync(join(dataDir, 'pins.json'), 'utf8')).not.toContain('246810');
  });

  it('goes to the clipboard on request and is cleared after 60 s unless something else was copied', async () => {
    const clipboard = createMemoryClipboard();
    const timers: { task: () => void; ms: number }[] = [];
    const { call } = setUp({ clipboard, later: (task, ms) => void timers.push({ task, ms }) });
    await call('saveOrganization', us);
    expect(await errorsOf(call('copyPinToClipboard'))).toMatchObject({
      message: 'No PIN is set yet.',
    });
    await call('setPin', { pin: '112358', confirm: '112358' });
    expect(await call('copyPinToClipboard')).toEqual({
      ok: true,
      value: { clearsAfterSeconds: 60 },
    });
    expect(clipboard.text).toBe('112358');
    expect(timers.map((t) => t.ms)).toEqual([60_000]);
    timers[0]!.task();
    await Promise.resolve();
    expect(clipboard.text).toBe('');

    await call('copyPinToClipboard');
    clipboard.writeText('something the admin copied later');
    timers[1]!.task();
    await Promise.resolve();
    expect(clipboard.text).toBe('something the admin copied later');
  });

  it('says so when the clipboard refuses the PIN, and never that it was copied', async () => {
    const timers: { task: () => void; ms: number }[] = [];
    const refusing = {
      writeText: () => Promise.reject(new Error('the clipboard is owned by another program')),
      readText: () => Promise.resolve(''),
    };
    const { call } = setUp({
      clipboard: refusing,
      later: (task, ms) => void timers.push({ task, ms }),
    });
    await call('saveOrganization', us);
    await call('setPin', { pin: '112358', confirm: '112358' });
    expect(await errorsOf(call('copyPinToClipboard'))).toMatchObject({
      message: expect.stringContaining('could not put the PIN on the clipboard'),
    });
    expect(timers).toEqual([]);
  });

  it('never sends the PIN to the renderer', async () => {
    const { call } = setUp();
    await call('saveOrganization', us);
    const answers = [
      await call('setPin', { pin: '864209', confirm: '864209' }),
      await call('getPinStatus'),
    ];
    expect(JSON.stringify(answers)).not.toContain('864209');
  });
});

describe("today's admin center asks for 10 digits", () => {
  it('warns of a 6- to 9-digit PIN, which PortDesk still takes, and says where the page is', () => {
    for (const pin of ['123456', '123456789']) {
      expect(pinSchema.safeParse(pin).success).toBe(true);
      expect(pinLengthWarning(pin)).toBe(
        `PIN: ${pin.length} digits is fine for PortDesk, but today's admin center page (Voice > Phone numbers > Actions > Manage porting PIN) asks for 10 digits.`,
      );
    }
    for (const pin of ['1234567890', '12345', '12345678901', '', '12a456'])
      expect(pinLengthWarning(pin)).toBeUndefined();
  });
});
