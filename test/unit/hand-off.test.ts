import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Dialogs } from '@main/services/dialogs';
import { portOrderFormat } from '@main/storage/formats/portorder';
import { noDialogs } from '@tools/harness';
import { chosen } from '@tools/typed-calls';
import { validAnswers, validOrganization } from '@tools/valid-order';
import { afterEach, describe, expect, it } from 'vitest';

import { orderFilesIn } from '../support/data-files';
import { cleanUp, manualClock, saveAll, start, tempDir } from '../support/service-app';

afterEach(cleanUp);

const monday = '2026-11-23T15:00:00.000Z';

/** A tiny real PNG (1x1), and a real one-page PDF made with pdf-lib: what a scanner would hand over. */
const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
);

/** The services with dialogs that answer as the admin would; each test sets the paths it needs. */
function withDialogs(dataDir: string, answers: Partial<Dialogs>, openPath: string[] = []) {
  const clock = manualClock(monday);
  const app = start(dataDir, {
    now: clock.now,
    dialogs: { ...noDialogs, ...answers },
    openPath: (p) => openPath.push(p),
  });
  return { app, clock, opened: openPath };
}

async function readyOrder(app: ReturnType<typeof start>, source?: string): Promise<string> {
  const { id } = await app.order.create();
  await saveAll(app, id, validAnswers(new Date(monday)));
  if (source) await app.ok('saveOrderNumbers', { id, source });
  await app.ok('finishOrder', { id });
  return id;
}

describe('hand-off: one .portorder file', () => {
  it('travels to a fresh data folder with its history, numbers and scan, but never the carrier PIN; the same order twice comes in as a copy', async () => {
    const dir = tempDir();
    const file = join(dir, 'Seattle.portorder');
    writeFileSync(join(dir, 'scan.png'), png);
    const sender = withDialogs(join(dir, 'a'), {
      chooseOrderSaveFile: (name) => (
        expect(name).toBe('Seattle main office.portorder'),
        Promise.resolve(file)
      ),
      chooseScanFile: () => Promise.resolve(join(dir, 'scan.png')),
    });
    const id = await readyOrder(sender.app);
    await sender.app.ok('saveOrderStep', {
      id,
      step: 'account',
      values: { ...validAnswers(new Date(monday)).account, carrierNeedsPin: true },
    });
    await sender.app.ok('setCarrierPin', { id, pin: '4321' });
    await sender.app.ok('finishOrder', { id });
    chosen(await sender.app.ok('attachSignedScan', { id }));
    await sender.app.ok('recordOrderStatus', {
      id,
      status: 'processing',
      microsoftOrderId: 'PO-77',
      submittedOn: '2026-11-23',
    });
    expect(chosen(await sender.app.ok('exportOrderFile', { id }))).toEqual({
      cancelled: false,
      file,
    });
    const written = readFileSync(file, 'utf8');
    expect(JSON.parse(written)).toMatchObject({
      format: 'portdesk.portorder',
      schemaVersion: portOrderFormat.version,
      order: { id, status: 'processing' },
    });
    expect(written).not.toContain('4321');
    expect(written).not.toContain('carrierPinSealed');

    // A scan whose bytes are not what its name says is refused, and nothing comes in.
    const forged = join(dir, 'forged.portorder');
    const parsed = JSON.parse(written) as { signedScan: { data: string } };
    writeFileSync(
      forged,
      JSON.stringify({
        ...parsed,
        signedScan: {
          ...parsed.signedScan,
          data: Buffer.from('MZ not a picture').toString('base64'),
        },
      }),
    );
    const wary = withDialogs(join(dir, 'c'), { chooseOrderFile: () => Promise.resolve(forged) });
    expect(await wary.app.call('importOrderFile')).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining('its signed letter is not the PNG file it claims to be'),
      },
    });
    expect((await wary.app.order.list()).orders).toEqual([]);

    const receiver = withDialogs(join(dir, 'b'), { chooseOrderFile: () => Promise.resolve(file) });
    const first = chosen(await receiver.app.ok('importOrderFile'));
    const original = await sender.app.order.get(id);
    expect(first.asCopy).toBe(false);
    expect(first.order).toMatchObject({
      id,
      status: 'processing',
      submission: original.submission,
      answers: original.answers,
      carrierPinSet: false,
      numbers: original.numbers,
    });
    expect(first.order.timeline.slice(0, -1)).toEqual(original.timeline);
    expect(first.order.timeline.at(-1)!.note).toBe('Imported from Seattle.portorder.');
    const scanPath = join(orderFilesIn(receiver.app.dataDir, id), first.order.signedScan!.storedAs);
    expect(readFileSync(scanPath)).toEqual(png);
    expect((await receiver.app.ok('getOrderNumbers', { id })).source).toBe(
      (await sender.app.ok('getOrderNumbers', { id })).source,
    );

    const second = chosen(await receiver.app.ok('importOrderFile'));
    expect(second.asCopy).toBe(true);
    expect(second.order.id).not.toBe(id);
    expect(second.order.answers.details.orderName).toBe('Seattle main office (copy)');
    expect(
      second.order.timeline.some((l) =>
        l.note.startsWith('Imported from Seattle.portorder as a copy. '),
      ),
    ).toBe(true);
  });

  it('replaces a file the admin chose to overwrite whole, and says so when the target cannot be written', async () => {
    const dir = tempDir();
    const folder = join(dir, 'out');
    mkdirSync(folder);
    const file = join(folder, 'Seattle.portorder');
    writeFileSync(file, 'an older export');
    let target = file;
    const { app } = withDialogs(join(dir, 'data'), {
      chooseOrderSaveFile: () => Promise.resolve(target),
    });
    const id = await readyOrder(app);
    chosen(await app.ok('exportOrderFile', { id }));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ order: { id } });
    expect(readdirSync(folder)).toEqual(['Seattle.portorder']); // no temp file left beside it
    // A folder where the file should go (or a disk that refuses): refused in words, the file there kept.
    target = folder;
    expect(await app.call('exportOrderFile', { id })).toMatchObject({
      ok: false,
      error: { code: 'not-saved', message: expect.stringContaining('“out” could not be written') },
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ order: { id } });
  });

  it('brings a Ready order back to Draft when it needs its carrier PIN here', async () => {
    const dir = tempDir();
    const file = join(dir, 'ready.portorder');
    const sender = withDialogs(join(dir, 'a'), {
      chooseOrderSaveFile: () => Promise.resolve(file),
    });
    const id = await readyOrder(sender.app);
    await sender.app.ok('saveOrderStep', {
      id,
      step: 'account',
      values: { ...validAnswers(new Date(monday)).account, carrierNeedsPin: true },
    });
    await sender.app.ok('setCarrierPin', { id, pin: '4321' });
    await sender.app.ok('finishOrder', { id });
    chosen(await sender.app.ok('exportOrderFile', { id }));
    const receiver = withDialogs(join(dir, 'b'), { chooseOrderFile: () => Promise.resolve(file) });
    const { order } = chosen(await receiver.app.ok('importOrderFile'));
    expect(order.status).toBe('draft');
    expect(order.timeline.at(-1)).toMatchObject({
      status: 'draft',
      by: 'app',
      note: expect.stringContaining('the carrier PIN never travels'),
    });
  });

  it('refuses what is not a PortDesk order, a newer format, and a damaged one, in words that say which', async () => {
    const dir = tempDir();
    let pick = '';
    const { app } = withDialogs(join(dir, 'data'), {
      chooseOrderFile: () => Promise.resolve(join(dir, pick)),
    });
    const cases: [string, string, string][] = [
      ['notes.portorder', 'hello', 'is not a PortDesk order'],
      [
        'other.portorder',
        JSON.stringify({ format: 'something-else', schemaVersion: 1 }),
        'is not a PortDesk order (.portorder) file',
      ],
      [
        'newer.portorder',
        JSON.stringify({ format: 'portdesk.portorder', schemaVersion: 9 }),
        'was written by a newer PortDesk (order format 9)',
      ],
      [
        'damaged.portorder',
        JSON.stringify({
          format: 'portdesk.portorder',
          schemaVersion: 1,
          exportedAt: monday,
          exportedBy: 'x',
          order: { id: 'nope' },
          numbers: '',
        }),
        'is damaged or was changed outside PortDesk: order › id',
      ],
    ];
    for (const [name, content, message] of cases) {
      writeFileSync(join(dir, name), content);
      pick = name;
      expect(await app.call('importOrderFile'), name).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringContaining(message) },
      });
    }
    expect((await app.order.list()).orders).toEqual([]);
  });
});

describe('hand-off: an order already here, and the sender’s organization', () => {
  it('offers to update a draft here that is older than the file, and updates it in place', async () => {
    const dir = tempDir();
    const file = join(dir, 'Seattle.portorder');
    const sender = withDialogs(join(dir, 'a'), {
      chooseOrderSaveFile: () => Promise.resolve(file),
      chooseOrderFile: () => Promise.resolve(file),
    });
    await sender.app.ok('saveOrganization', validOrganization);
    const id = await readyOrder(sender.app);
    chosen(await sender.app.ok('exportOrderFile', { id }));

    // A colleague's computer: no organization; the file's comes along to be offered.
    const receiver = withDialogs(join(dir, 'b'), { chooseOrderFile: () => Promise.resolve(file) });
    const first = await receiver.app.ok('importOrderFile');
    expect(first).toMatchObject({
      cancelled: false,
      asCopy: false,
      organization: { name: 'Contoso', country: 'US', city: 'Seattle' },
    });
    expect(first).not.toHaveProperty('explanation');

    // The sender changes the order later and exports it again: the file is newer than the copy here.
    receiver.clock.advance(60_000);
    sender.clock.advance(120_000);
    await sender.app.order.save(id, 'details', {
      ...validAnswers(new Date(monday)).details,
      orderName: 'Seattle HQ',
    });
    chosen(await sender.app.ok('exportOrderFile', { id }));
    const asked = await receiver.app.ok('importOrderFile');
    expect(asked).toEqual({
      cancelled: true,
      alreadyHere: { id, name: 'Seattle main office', fileName: 'Seattle.portorder' },
    });
    expect((await receiver.app.order.list()).orders).toHaveLength(1);
    const updated = await receiver.app.ok('importOrderFile', { whenAlreadyHere: 'update' });
    expect(updated).toMatchObject({ cancelled: false, asCopy: false, order: { id } });
    expect((await receiver.app.order.get(id)).answers.details.orderName).toBe('Seattle HQ');
    expect((await receiver.app.order.list()).orders).toHaveLength(1);
    // Nothing is pending any more: a choice alone reads no file.
    expect(await receiver.app.call('importOrderFile', { whenAlreadyHere: 'copy' })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
  });

  it('imports a copy of an order here that is not older, and explains why its numbers are flagged', async () => {
    const dir = tempDir();
    const file = join(dir, 'Seattle.portorder');
    const app = withDialogs(join(dir, 'a'), {
      chooseOrderSaveFile: () => Promise.resolve(file),
      chooseOrderFile: () => Promise.resolve(file),
    }).app;
    const id = await readyOrder(app);
    chosen(await app.ok('exportOrderFile', { id }));
    const copy = await app.ok('importOrderFile');
    if (copy.cancelled) throw new Error('not imported');
    expect(copy.asCopy).toBe(true);
    expect(copy.explanation).toBe(
      '“Seattle main office” is already on this computer, so the file came in as a copy, “Seattle main office (copy)”. Its 2 numbers are in “Seattle main office” too, and a number goes in one order only: the copy shows them as already in that order until one of the two lets them go (delete the older one, or remove the numbers from it).',
    );
    expect(copy.order.timeline.some((l) => l.note.includes(copy.explanation!))).toBe(true);
    // Back to draft, saying why in the words of the first answer to check.
    expect(copy.order.status).toBe('draft');
    expect(copy.order.timeline.at(-1)!.note).toMatch(
      /^Back to draft: .* to check on this computer, first its numbers are in “Seattle main office” too\.$/,
    );
  });
});
