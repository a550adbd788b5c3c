import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Dialogs } from '@main/services/dialogs';
import { noDialogs } from '@tools/harness';
import { chosen } from '@tools/typed-calls';
import { validAnswers } from '@tools/valid-order';
import { PDFDocument } from 'pdf-lib';
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

async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawText('Signed: Dana Whitfield', { x: 72, y: 700, size: 14 });
  return doc.save();
}

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

describe('the signed letter', () => {
  it('is kept beside the order when it is a real PDF, PNG or JPG, and refused by its bytes otherwise', async () => {
    const dir = tempDir();
    const scans = join(dir, 'scans');
    mkdirSync(scans);
    writeFileSync(join(scans, 'signed.pdf'), await scannedPdf());
    writeFileSync(join(scans, 'signed.png'), png);
    writeFileSync(join(scans, 'letter.pdf'), 'PK\u0003\u0004 a renamed Word file');
    writeFileSync(join(scans, 'empty.jpg'), '');
    let pick = 'signed.pdf';
    const { app, clock } = withDialogs(join(dir, 'data'), {
      chooseScanFile: () => Promise.resolve(join(scans, pick)),
    });
    const draft = await app.order.create();
    expect(await app.call('attachSignedScan', { id: draft.id })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });

    const id = await readyOrder(app);
    const attached = chosen(await app.ok('attachSignedScan', { id }));
    const scan = attached.order.signedScan!;
    expect(scan).toMatchObject({
      fileName: 'signed.pdf',
      kind: 'pdf',
      storedAs: `signed-loa-${clock.now().getTime()}.pdf`,
    });
    const stored = join(orderFilesIn(app.dataDir, id), scan.storedAs);
    expect(readFileSync(stored)).toEqual(readFileSync(join(scans, 'signed.pdf')));
    expect(attached.order.timeline.at(-1)).toMatchObject({
      status: 'ready',
      note: 'Signed letter attached: signed.pdf.',
    });

    for (const [file, message] of [
      ['letter.pdf', 'is not a PDF, PNG or JPG file'],
      ['empty.jpg', 'is empty'],
    ] as const) {
      pick = file;
      expect(await app.call('attachSignedScan', { id })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringContaining(message) },
      });
    }
    // Replacing keeps the earlier file on disk.
    pick = 'signed.png';
    clock.advance(1000);
    const replaced = chosen(await app.ok('attachSignedScan', { id }));
    expect(replaced.order.signedScan).toMatchObject({ kind: 'png', fileName: 'signed.png' });
    expect(existsSync(stored)).toBe(true);

    // A number swapped for another leaves every figure as it was, but the letter's pages change: the scan goes.
    const swapped = await app.ok('saveOrderNumbers', {
      id,
      source: '+14258820100\n(425) 882-0102',
    });
    expect(swapped.signedScan).toBeUndefined();
    await app.ok('finishOrder', { id });
    clock.advance(1000);
    chosen(await app.ok('attachSignedScan', { id }));
    // A change to an answer makes the signed letter stale: it is no longer the order's, though its file stays.
    const edited = await app.order.save(id, 'account', {
      ...validAnswers(new Date(monday)).account,
      authTitle: 'CIO',
    });
    expect(edited.signedScan).toBeUndefined();
    expect(edited.timeline.at(-1)!.note).toContain(
      'The signed letter no longer matches the answers',
    );
    expect(existsSync(stored)).toBe(true);

    // Submitted: a signed scan can still be attached (the letter signed after submitting).
    await app.ok('finishOrder', { id });
    await app.ok('recordOrderStatus', {
      id,
      status: 'processing',
      microsoftOrderId: 'PO-8',
      submittedOn: '2026-11-23',
      authorizedWith: 'signedLetter',
    });
    clock.advance(1000);
    const late = chosen(await app.ok('attachSignedScan', { id }));
    expect(late.order.signedScan).toMatchObject({ fileName: 'signed.png' });
    expect(late.order.timeline.at(-1)).toMatchObject({ status: 'processing' });
    // Another scan after submitting: the one sent before stays listed with the detached scans, and on disk.
    pick = 'signed.pdf';
    clock.advance(1000);
    const again = chosen(await app.ok('attachSignedScan', { id }));
    expect(again.order.signedScan).toMatchObject({ fileName: 'signed.pdf' });
    expect(again.order.detachedScans.at(-1)).toEqual(late.order.signedScan);
    expect(again.order.timeline.at(-1)!.note).toContain(
      `the one sent before, ${late.order.signedScan!.fileName}, stays listed`,
    );
    expect(existsSync(join(orderFilesIn(app.dataDir, id), late.order.signedScan!.storedAs))).toBe(
      true,
    );
    // Once the order is closed, the letter that was sent stays on record.
    await app.ok('recordOrderStatus', { id, status: 'cancelled', note: '' });
    expect(await app.call('attachSignedScan', { id })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed', message: expect.stringContaining('stays on record') },
    });
  });
});

describe('the letter of authorization', () => {
  it('is written from checked answers only, beside the order, and opened for printing', async () => {
    const { app, opened } = withDialogs(tempDir(), {});
    const draft = await app.order.create();
    expect(await app.call('openLoa', { id: draft.id, version: 'us-en' })).toMatchObject({
      ok: false,
      error: {
        code: 'not-allowed',
        message: expect.stringContaining('finish the order on Review first'),
      },
    });
    const id = await readyOrder(app);
    expect(await app.call('openLoa', { id, version: 'ca-fr' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    // Another draft taking the same numbers later does not stop this checked order's letter.
    const other = await app.order.create();
    await app.ok('saveOrderNumbers', { id: other.id, source: '+14258820100' });
    const { file } = await app.ok('openLoa', { id, version: 'us-en' });
    expect(opened).toEqual([file]);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('NW12345678');
    // A blank line for the hand signature, the typed name printed under it.
    expect(text).not.toContain('/s/');
    expect(text).toContain('Dana Whitfield');
    expect(text).toContain('+14258820101');
  });
});

describe('the submission package', () => {
  it('writes the CSV files, the letter, the scan, the summary and the instructions in a new folder, and opens it', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(dir, 'scan.pdf'), await scannedPdf());
    const { app, opened } = withDialogs(join(dir, 'data'), {
      chooseExportFolder: () => Promise.resolve(out),
      chooseScanFile: () => Promise.resolve(join(dir, 'scan.pdf')),
    });
    // 1,200 numbers: over the wizard's 999, so the manual route, and two CSV files.
    const id = await readyOrder(app, '+14258820100\n4258821000-4258822198');
    chosen(await app.ok('attachSignedScan', { id }));
    const result = chosen(await app.ok('exportSubmissionPackage', { id, withHeader: true }));
    expect(result.folder).toBe(join(out, 'Seattle main office - submission package'));
    expect(readdirSync(result.folder).sort()).toEqual([...result.files].sort());
    expect(result.files).toEqual([
      'Seattle main office numbers 1 of 2.csv',
      'Seattle main office numbers 2 of 2.csv',
      'Seattle main office LOA.pdf',
      'Seattle main office signed LOA.pdf',
      'Summary.txt',
      'How to submit.txt',
    ]);
    const csv = readFileSync(join(result.folder, result.files[0]!), 'utf8').split('\r\n');
    expect(csv[0]).toBe('PhoneNumber');
    expect(csv).toHaveLength(1 + 999 + 1);
    const summary = readFileSync(join(result.folder, 'Summary.txt'), 'utf8');
    for (const expected of [
      'Port order: Seattle main office',
      'Status: Ready to submit',
      'NW12345678',
      '+14258820100',
      '1,200 in all',
    ])
      expect(summary).toContain(expected);
    const how = readFileSync(join(result.folder, 'How to submit.txt'), 'utf8');
    expect(how).toContain('MANUAL route');
    expect(how).toContain('1,200 numbers is more than the 999');
    expect(opened.at(-1)).toBe(result.folder);
    const pages = (
      await PDFDocument.load(readFileSync(join(result.folder, 'Seattle main office LOA.pdf')))
    ).getPageCount();
    expect(pages).toBeGreaterThan(1);

    // A second package never lands in the first.
    const again = chosen(
      chosen(
        await app.ok('exportSubmissionPackage', {
          id,
          withHeader: false,
        }),
      ),
    );
    expect(again.folder).toBe(join(out, 'Seattle main office - submission package (2)'));
  });
});
