import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { carrierRecordFormat } from '@main/storage/formats/carrier-record';
import { noDialogs } from '@tools/harness';
import { chosen } from '@tools/typed-calls';
import { validAnswers } from '@tools/valid-order';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';

import { attached, validOrderCsr } from '../support/carrier-record-text';
import { orderFilesIn } from '../support/data-files';
import { cleanUp, manualClock, saveAll, start, tempDir } from '../support/service-app';

afterEach(cleanUp);

const monday = '2026-11-23T15:00:00.000Z';
const fixtures = join(import.meta.dirname, '../fixtures/carrier-records');

/** A tiny real PNG (1x1): what a phone scan app would hand over, as far as the byte check goes. */
const png = (seed: number) =>
  Buffer.concat([
    Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001' +
        '0d0a2db40000000049454e44ae426082',
      'hex',
    ),
    Buffer.from([seed]),
  ]);

/** A real one-page PDF saying `text`. */
async function pdf(path: string, text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawText(text, { x: 72, y: 700, size: 14 });
  const bytes = Buffer.from(await doc.save());
  writeFileSync(path, bytes);
  return bytes;
}

/** The valid order's carrier record, as a colleague pasted it from the carrier's portal. */
const pastedRecord = validOrderCsr({ date: '11/20/2026' });

/** One computer: the services on its data folder, its clock, and the files its dialogs hand over. */
function computer(dir: string, name: string) {
  const clock = manualClock(monday);
  const picks: { pdf?: string; scan?: string; open?: string; save?: string } = {};
  const dataDir = join(dir, name);
  const app = start(dataDir, {
    now: clock.now,
    dialogs: {
      ...noDialogs,
      chooseDocumentFile: () => Promise.resolve(picks.pdf),
      chooseScanFile: () => Promise.resolve(picks.scan),
      chooseOrderFile: () => Promise.resolve(picks.open),
      chooseOrderSaveFile: () => Promise.resolve(picks.save),
    },
  });
  return { app, clock, picks, dataDir };
}

/** Confirms every open mismatch of the carrier record, then finishes the order. */
async function finish(app: ReturnType<typeof start>, id: string) {
  const view = await app.ok('getCarrierRecord', { id });
  if (view.attached)
    for (const f of view.findings.filter((x) => x.severity === 'mismatch' && !x.confirmed))
      await app.ok('confirmCarrierFinding', { id, findingId: f.id, reason: 'Checked by phone.' });
  await app.ok('finishOrder', { id });
}

describe('a .portorder that updates the order already here', () => {
  it('brings the whole version (documents, scan, carrier record, status, history) and keeps every replaced file on disk, through a restart', async () => {
    const dir = tempDir();
    const here = computer(dir, 'here');
    const there = computer(dir, 'there');
    const first = join(dir, 'Seattle.portorder');
    const second = join(dir, 'Seattle from Lee.portorder');

    // Here: a bill, the carrier's record as a PDF, a signed scan.
    const { id } = await here.app.order.create();
    await saveAll(here.app, id, validAnswers(here.clock.now()));
    const ourBill = await pdf(join(dir, 'our bill.pdf'), 'Northwind bill, November');
    here.picks.pdf = join(dir, 'our bill.pdf');
    chosen(await here.app.ok('attachOrderDocument', { id, kind: 'bill' }));
    here.picks.pdf = join(fixtures, 'us-incumbent-csr.pdf');
    const ourRecord = attached(chosen(await here.app.ok('attachCarrierRecordPdf', { id })).view);
    await finish(here.app, id);
    writeFileSync(join(dir, 'our scan.png'), png(1));
    here.picks.scan = join(dir, 'our scan.png');
    chosen(await here.app.ok('attachSignedScan', { id }));
    here.picks.save = first;
    chosen(await here.app.ok('exportOrderFile', { id }));
    const before = await here.app.order.get(id);

    // There: a colleague takes it over, changes the documents, record and scan, and submits it.
    here.clock.advance(60_000);
    there.clock.advance(120_000);
    there.picks.open = first;
    chosen(await there.app.ok('importOrderFile'));
    await there.app.ok('removeOrderDocument', { id, storedAs: before.documents[0]!.storedAs });
    await there.app.ok('pasteCarrierRecord', { id, text: pastedRecord });
    const theirBill = await pdf(join(dir, 'their bill.pdf'), 'Northwind bill, December');
    there.picks.pdf = join(dir, 'their bill.pdf');
    chosen(await there.app.ok('attachOrderDocument', { id, kind: 'bill' }));
    await finish(there.app, id);
    writeFileSync(join(dir, 'their scan.png'), png(2));
    there.picks.scan = join(dir, 'their scan.png');
    chosen(await there.app.ok('attachSignedScan', { id }));
    await there.app.ok('recordOrderStatus', {
      id,
      status: 'processing',
      microsoftOrderId: 'PO-88',
      submittedOn: '2026-11-23',
    });
    there.clock.advance(60_000);
    there.picks.save = second;
    chosen(await there.app.ok('exportOrderFile', { id }));
    const theirs = await there.app.order.get(id);

    // Here meanwhile: a local line of history the file does not have.
    await here.app.order.save(id, 'details', {
      ...before.answers.details,
      notificationEmails: 'dana@contoso.com; it@contoso.com; lee@contoso.com',
    });
    const localLines = (await here.app.order.get(id)).timeline;

    here.clock.advance(300_000);
    here.picks.open = second;
    expect(await here.app.ok('importOrderFile')).toMatchObject({
      cancelled: true,
      alreadyHere: { id, fileName: 'Seattle from Lee.portorder' },
    });
    const result = chosen(await here.app.ok('importOrderFile', { whenAlreadyHere: 'update' }));
    expect(result.asCopy).toBe(false);
    expect(result.explanation).toContain('is now the version in Seattle from Lee.portorder');

    const filesDir = orderFilesIn(here.dataDir, id);
    /** Everything a test checks of the order here, read through the channels and from disk. */
    const readBack = async (app: ReturnType<typeof start>) => {
      const order = await app.order.get(id);
      const record = attached(await app.ok('getCarrierRecord', { id }));
      return {
        order,
        record,
        documents: order.documents.map((d) => readFileSync(join(filesDir, d.storedAs))),
        scan: order.signedScan && readFileSync(join(filesDir, order.signedScan.storedAs)),
        numbers: (await app.ok('getOrderNumbers', { id })).source,
      };
    };
    const updated = await readBack(here.app);
    // The file's version, whole.
    expect(updated.order).toMatchObject({
      status: 'processing',
      submission: theirs.submission,
      answers: theirs.answers,
      signedAt: theirs.signedAt,
      numbers: theirs.numbers,
    });
    expect(updated.order.documents.map((d) => d.fileName)).toEqual(['their bill.pdf']);
    expect(updated.documents).toEqual([theirBill]);
    expect(updated.order.signedScan?.fileName).toBe('their scan.png');
    expect(updated.scan).toEqual(png(2));
    expect(updated.record.source.kind).toBe('pasted');
    expect(updated.record.record.fields.accountNumber?.value).toBe('NW12345678');
    expect(updated.numbers).toBe((await there.app.ok('getOrderNumbers', { id })).source);

    // Nothing saved here is lost: the replaced files stay beside the order, named in its history.
    const onDisk = readdirSync(filesDir);
    expect(readFileSync(join(filesDir, before.documents[0]!.storedAs))).toEqual(ourBill);
    expect(readFileSync(join(filesDir, before.signedScan!.storedAs))).toEqual(png(1));
    expect(updated.order.detachedScans.at(-1)).toEqual(before.signedScan);
    expect(readFileSync(join(filesDir, ourRecord.source.storedAs!))).toEqual(
      readFileSync(join(fixtures, 'us-incumbent-csr.pdf')),
    );
    const copies = onDisk.filter((f) => f.startsWith('carrier-record-replaced-'));
    expect(copies).toHaveLength(1);
    const copy = JSON.parse(readFileSync(join(filesDir, copies[0]!), 'utf8')) as {
      schemaVersion: number;
      data: unknown;
    };
    expect(copy.schemaVersion).toBe(carrierRecordFormat.version);
    expect(carrierRecordFormat.current.parse(copy.data)).toMatchObject({
      source: ourRecord.source,
      text: expect.stringContaining('HARBORVIEW DENTAL GROUP LLC'),
    });

    // Both histories, then the line that says what happened.
    const notes = updated.order.timeline.map((l) => l.note);
    for (const line of [...theirs.timeline, ...localLines])
      expect(notes, line.note).toContain(line.note);
    expect(new Set(notes).size).toBe(notes.length);
    const last = updated.order.timeline.at(-1)!;
    expect(last.note).toMatch(
      /^Updated from Seattle from Lee\.portorder \(exported 2026-11-23 by PortDesk .*\): the order is now the file's version/,
    );
    for (const named of [
      `our bill.pdf (${before.documents[0]!.storedAs})`,
      `our scan.png (${before.signedScan!.storedAs}, listed as an earlier scan)`,
      `${copies[0]!}, its PDF ${ourRecord.source.storedAs!}`,
      // The answer changed here after the export made it a draft again.
      'Status: Draft → Processing, as in the file.',
    ])
      expect(last.note, named).toContain(named);

    // A restart reads it all back.
    here.app.services.flushAll();
    const restarted = start(here.dataDir, { now: here.clock.now });
    const again = await readBack(restarted);
    expect(again.order).toEqual(updated.order);
    expect(again.record).toEqual(updated.record);
    expect(again.documents).toEqual(updated.documents);
    expect(again.scan).toEqual(updated.scan);
    expect(existsSync(join(filesDir, before.signedScan!.storedAs))).toBe(true);
  });
});
