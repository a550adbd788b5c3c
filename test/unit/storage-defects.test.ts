import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

import type { Dialogs } from '@main/services/dialogs';
import type { IpcError } from '@shared/ipc-error';
import { noDialogs } from '@tools/harness';
import { chosen } from '@tools/typed-calls';
import { validAnswers } from '@tools/valid-order';
import { afterEach, describe, expect, it } from 'vitest';

import { orderFileIn } from '../support/data-files';
import { cleanUp, manualClock, saveAll, start, tempDir } from '../support/service-app';

/** The defects two storage reviews found, each through the channels the page uses. */
afterEach(cleanUp);

const monday = '2026-11-23T15:00:00.000Z';
const withDialogs = (dataDir: string, answers: Partial<Dialogs>) =>
  start(dataDir, { now: manualClock(monday).now, dialogs: { ...noDialogs, ...answers } });
const refusal = async (result: Promise<{ ok: boolean }>) =>
  ((await result) as { ok: false; error: IpcError }).error;

/** Every file under a folder, with its bytes, to prove a refused call changed nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return new Map(
    files.map((f) => {
      const path = join(dir, f);
      let content = '<folder>';
      try {
        content = readFileSync(path, 'base64');
      } catch {
        // A folder.
      }
      return [f, content];
    }),
  );
}

async function readyOrder(app: ReturnType<typeof start>): Promise<string> {
  const { id } = await app.order.create();
  await saveAll(app, id, validAnswers(new Date(monday)));
  await app.ok('finishOrder', { id });
  return id;
}

describe('settings', () => {
  it('take a patch with the theme left undefined as "unchanged", and keep it across a restart', async () => {
    const dataDir = tempDir();
    const app = start(dataDir);
    await app.ok('updateSettings', { theme: 'dark' });
    expect(await app.call('updateSettings', { theme: undefined })).toEqual({
      ok: true,
      value: { theme: 'dark' },
    });
    const again = start(dataDir);
    expect(await again.ok('getStartupNotices')).toEqual([]);
    expect(await again.ok('getSettings')).toEqual({ theme: 'dark' });
  });
});

describe('order ids', () => {
  it('are one order whatever their case: a .portorder with an existing id in upper case comes in as a copy, and both stay', async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'order.portorder');
    const app = withDialogs(dataDir, {
      chooseOrderSaveFile: () => Promise.resolve(file),
      chooseOrderFile: () => Promise.resolve(file),
    });
    const id = await readyOrder(app);
    chosen(await app.ok('exportOrderFile', { id }));
    const content = JSON.parse(readFileSync(file, 'utf8')) as { order: { id: string } };
    content.order.id = id.toUpperCase();
    writeFileSync(file, JSON.stringify(content));
    const imported = chosen(await app.ok('importOrderFile'));
    expect(imported.asCopy).toBe(true);
    expect(imported.order.id).not.toBe(id);
    expect(await app.ok('getOrder', { id: id.toUpperCase() })).toMatchObject({ id });

    const again = start(dataDir);
    expect(await again.ok('getStartupNotices')).toEqual([]);
    const ids = (await again.order.list()).orders.map((o) => o.id).sort();
    expect(ids).toEqual([id, imported.order.id].sort());
    expect(ids.every((i) => i === i.toLowerCase())).toBe(true);
  });
});

describe('refused calls leave nothing behind', () => {
  it('splitOrderNumbers on an order that does not exist creates no file', async () => {
    const dataDir = tempDir();
    const app = start(dataDir);
    await app.order.create();
    const before = snapshot(dataDir);
    expect(
      await refusal(app.call('splitOrderNumbers', { id: '3f0c2f5e-1d2b-4c6a-9e7f-0a1b2c3d4e5f' })),
    ).toMatchObject({ code: 'not-found' });
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('an import refused for its damaged scan leaves no folder', async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'order.portorder');
    const scan = join(tempDir(), 'signed.png');
    writeFileSync(
      scan,
      Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082',
        'hex',
      ),
    );
    const app = withDialogs(dataDir, {
      chooseScanFile: () => Promise.resolve(scan),
      chooseOrderSaveFile: () => Promise.resolve(file),
    });
    const id = await readyOrder(app);
    chosen(await app.ok('attachSignedScan', { id }));
    chosen(await app.ok('exportOrderFile', { id }));
    const content = JSON.parse(readFileSync(file, 'utf8')) as { signedScan: { data: string } };
    content.signedScan.data = Buffer.from('not a png at all').toString('base64');
    writeFileSync(file, JSON.stringify(content));

    const receiverDir = tempDir();
    const receiver = withDialogs(receiverDir, { chooseOrderFile: () => Promise.resolve(file) });
    const before = snapshot(receiverDir);
    expect(await refusal(receiver.call('importOrderFile'))).toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('is damaged') as string,
    });
    expect(snapshot(receiverDir)).toEqual(before);
  });
});

describe('an order file holding data: null', () => {
  it('is moved aside with a backup and a notice, never deleted', async () => {
    const dataDir = tempDir();
    start(dataDir);
    const id = '8d5e7c1a-2b3c-4d5e-8f90-a1b2c3d4e5f6';
    const file = orderFileIn(dataDir, id);
    const bytes = '{"schemaVersion":1,"data":null}';
    writeFileSync(file, bytes);
    const app = start(dataDir);
    const [notice] = await app.ok('getStartupNotices');
    expect(notice).toMatchObject({ title: 'A port order could not be opened' });
    expect(readFileSync(notice!.backupPath!, 'utf8')).toBe(bytes);
  });
});

describe('opening a numbers file', () => {
  const pick = (path: string) =>
    withDialogs(tempDir(), { chooseNumbersFile: () => Promise.resolve(path) });

  it('gives a 50 MB file its real size', async () => {
    const path = join(tempDir(), 'numbers.csv');
    const fd = openSync(path, 'w');
    // A sparse file: 50 MB long without writing 50 MB.
    writeFileSync(fd, Buffer.from('x'), { flag: 'w' });
    closeSync(fd);
    const { truncateSync } = await import('node:fs');
    truncateSync(path, 50 * 1024 * 1024);
    expect(await refusal(pick(path).call('openNumbersFile'))).toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('numbers.csv is 50.0 MB') as string,
    });
  });

  it('answers a missing file or a folder in words, not as an internal error', async () => {
    const missing = join(tempDir(), 'gone.csv');
    expect(await refusal(pick(missing).call('openNumbersFile'))).toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('gone.csv could not be opened') as string,
    });
    const folder = join(tempDir(), 'lists.csv');
    mkdirSync(folder);
    expect(await refusal(pick(folder).call('openNumbersFile'))).toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('lists.csv is a folder') as string,
    });
  });

  it('reads UTF-16 without a BOM, and calls a ZIP a ZIP', async () => {
    const utf16 = join(tempDir(), 'export.csv');
    writeFileSync(utf16, Buffer.from('PhoneNumber\r\n(425) 882-0100\r\n', 'utf16le'));
    expect(await pick(utf16).ok('openNumbersFile')).toEqual({
      fileName: 'export.csv',
      text: 'PhoneNumber\r\n(425) 882-0100\r\n',
    });
    const zip = join(tempDir(), 'numbers.zip');
    writeFileSync(
      zip,
      Buffer.concat([
        Buffer.from([0x50, 0x4b, 0x03, 0x04]),
        Buffer.alloc(26),
        Buffer.from('numbers.csv'),
      ]),
    );
    expect(await refusal(pick(zip).call('openNumbersFile'))).toMatchObject({
      message: expect.stringContaining('numbers.zip is a ZIP archive') as string,
    });
  });
});

describe('input the page should never send', () => {
  it('an unknown key is named briefly, not echoed back whole', async () => {
    const app = start(tempDir());
    const key = 'k'.repeat(10 * 1024 * 1024);
    const error = await refusal(app.call('updateSettings', { [key]: 1 }));
    expect(error.code).toBe('invalid-input');
    expect(error.message.length).toBeLessThan(200);
    expect(JSON.stringify(error).length).toBeLessThan(400);
  });

  it('a submission date of 1900 is refused at its field', async () => {
    const app = withDialogs(tempDir(), {});
    const id = await readyOrder(app);
    expect(
      await refusal(
        app.call('recordOrderStatus', {
          id,
          status: 'processing',
          microsoftOrderId: 'PO-1900',
          submittedOn: '1900-01-02',
        }),
      ),
    ).toMatchObject({ code: 'invalid-input', field: 'submittedOn' });
    expect((await app.order.get(id)).status).toBe('ready');
  });
});

describe('exported file names', () => {
  it('carry no right-to-left override or other invisible reordering marks', async () => {
    const folder = tempDir();
    const app = withDialogs(tempDir(), { chooseExportFolder: () => Promise.resolve(folder) });
    const id = await readyOrder(app);
    const answers = validAnswers(new Date(monday));
    await app.order.save(id, 'details', { ...answers.details, orderName: 'Invoice \u202Efdp.exe' });
    const result = chosen(
      chosen(
        await app.ok('exportOrderNumbers', {
          id,
          withHeader: true,
        }),
      ),
    );
    expect(result.files).toEqual(['Invoice fdp.exe numbers.csv']);
    for (const name of readdirSync(folder))
      expect(name).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(existsSync(join(folder, result.files[0]!))).toBe(true);
  });
});
