import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  carrierRecordDocumentName,
  orderFilesDir,
  ordersDir,
} from '@main/services/orders/order-files';
import type { CarrierRecordView } from '@shared/schemas/carrier-record';
import { noDialogs } from '@tools/harness';
import { chosen } from '@tools/typed-calls';
import { validAnswers } from '@tools/valid-order';
import { afterEach, describe, expect, it } from 'vitest';

import { attached, validOrderCsr } from '../support/carrier-record-text';
import { cleanUp, manualClock, saveAll, start, tempDir } from '../support/service-app';

afterEach(cleanUp);

const today = '2026-11-23T15:00:00.000Z';
const fixtures = join(import.meta.dirname, '../fixtures/carrier-records');

/** The valid order's carrier, as its CSR would read: one account number digit differs, the name is the legal one. */
const record = validOrderCsr({ accountNumber: 'NW12345679', billingName: 'CONTOSO LTD' });

const finding = (view: CarrierRecordView, id: string) =>
  attached(view).findings.find((f) => f.id === id);

async function draft(dir: string, pdf?: string) {
  const clock = manualClock(today);
  const app = start(dir, {
    now: clock.now,
    dialogs: { ...noDialogs, chooseDocumentFile: () => Promise.resolve(pdf) },
  });
  const { id } = await app.order.create();
  await saveAll(app, id, validAnswers(clock.now()));
  return { app, id, clock };
}

/** An order finished with the carrier's record pasted, then read from a PDF, every mismatch confirmed. */
async function finishedWithPdfRecord(dialogs: Partial<typeof noDialogs>) {
  const dir = tempDir();
  const clock = manualClock(today);
  const app = start(dir, {
    now: clock.now,
    dialogs: {
      ...noDialogs,
      chooseDocumentFile: () => Promise.resolve(join(fixtures, 'us-incumbent-csr.pdf')),
      ...dialogs,
    },
  });
  const { id } = await app.order.create();
  await saveAll(app, id, validAnswers(clock.now()));
  await app.ok('pasteCarrierRecord', { id, text: record });
  const view = attached(chosen(await app.ok('attachCarrierRecordPdf', { id })).view);
  for (const f of view.findings.filter((x) => x.severity === 'mismatch'))
    await app.ok('confirmCarrierFinding', {
      id,
      findingId: f.id,
      reason: 'Checked with the carrier.',
    });
  await app.ok('finishOrder', { id });
  return { app, id, dir, clock, view };
}

/** Submitted, then rejected for the BTN. */
async function rejectForBtn(app: ReturnType<typeof start>, id: string) {
  await app.ok('recordOrderStatus', {
    id,
    status: 'processing',
    microsoftOrderId: 'PO-7',
    submittedOn: '2026-11-23',
    authorizedWith: 'signedLetter',
  });
  await app.ok('recordOrderStatus', { id, status: 'error', reason: 'btn', details: '' });
}

describe("the carrier's record kept with an order", () => {
  it('pasted, it is compared field by field, and a mismatch blocks Finish until confirmed with a reason', async () => {
    const { app, id } = await draft(tempDir());
    const view = await app.ok('pasteCarrierRecord', { id, text: record });
    expect(finding(view, 'account-number')).toMatchObject({
      severity: 'mismatch',
      record: { value: 'NW12345679', line: 3 },
    });
    expect(finding(view, 'btn')?.severity).toBe('match');
    expect(finding(view, 'company-name')).toMatchObject({
      severity: 'writtenDifferently',
      suggestion: 'CONTOSO LTD',
    });
    expect(attached(view).open).toBe(1);

    const refused = await app.call('finishOrder', { id });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/carrier's record still disagrees .* on 1 point/) },
    });

    const confirmed = await app.ok('confirmCarrierFinding', {
      id,
      findingId: 'account-number',
      reason: 'The carrier gave the new account number by phone.',
    });
    expect(finding(confirmed, 'account-number')?.confirmed?.reason).toBe(
      'The carrier gave the new account number by phone.',
    );
    expect(attached(confirmed).open).toBe(0);
    const ready = await app.ok('finishOrder', { id });
    expect(ready.status).toBe('ready');
    expect(ready.timeline.map((e) => e.note).join('\n')).toMatch(
      /mismatch confirmed .* Reason: The carrier gave the new account number by phone\./,
    );
  });

  it('a confirmation holds only while the finding says the same: a changed answer asks again', async () => {
    const { app, id } = await draft(tempDir());
    await app.ok('pasteCarrierRecord', { id, text: record });
    await app.ok('confirmCarrierFinding', { id, findingId: 'account-number', reason: 'Known.' });
    const account = { ...validAnswers(new Date(today)).account, accountNumber: 'NW12345670' };
    await app.order.save(id, 'account', account);
    const view = await app.ok('getCarrierRecord', { id });
    expect(finding(view, 'account-number')).toMatchObject({ severity: 'mismatch' });
    expect(finding(view, 'account-number')?.confirmed).toBeUndefined();
    expect(attached(view).open).toBe(1);
    // An empty reason takes a confirmation back.
    const fixed = { ...account, accountNumber: 'NW12345679' };
    await app.order.save(id, 'account', fixed);
    expect(attached(await app.ok('getCarrierRecord', { id })).open).toBe(0);
  });

  it("taking the carrier's wording is an edit with its trace, and what it replaced comes back for Undo", async () => {
    const { app, id } = await draft(tempDir());
    await app.ok('pasteCarrierRecord', { id, text: record });
    const taken = await app.ok('useCarrierWording', { id, findingId: 'company-name' });
    expect(taken).toMatchObject({ field: 'companyName', previous: 'Contoso' });
    expect(taken.order.answers.account.companyName).toBe('CONTOSO LTD');
    expect(taken.order.timeline.at(-1)?.note).toContain(
      "Took the carrier record's wording “CONTOSO LTD” (line 4); it was “Contoso”.",
    );
    expect(finding(await app.ok('getCarrierRecord', { id }), 'company-name')?.severity).toBe(
      'match',
    );
    // Undo is the admin's previous answer saved again.
    const account = { ...taken.order.answers.account, companyName: taken.previous };
    expect((await app.order.save(id, 'account', account)).answers.account.companyName).toBe(
      'Contoso',
    );
  });

  it('a PDF is read in main and kept beside the order; a scan without text is refused in words', async () => {
    const dir = tempDir();
    const pdf = join(fixtures, 'us-incumbent-csr.pdf');
    const { app, id } = await draft(dir, pdf);
    const view = attached(chosen(await app.ok('attachCarrierRecordPdf', { id })).view);
    expect(view.source).toMatchObject({ kind: 'pdf', fileName: 'us-incumbent-csr.pdf' });
    expect(view.record.fields.companyName?.value).toBe('HARBORVIEW DENTAL GROUP LLC');
    const kept = join(orderFilesDir(ordersDir(dir), id), view.source.storedAs!);
    expect(readFileSync(kept)).toEqual(readFileSync(pdf));

    const scanned = await draft(tempDir(), join(fixtures, 'scanned-csr.pdf'));
    const refused = await scanned.app.call('attachCarrierRecordPdf', { id: scanned.id });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /^Carrier record: “scanned-csr.pdf”: This PDF has no text layer/,
        ),
      },
    });
    expect((await scanned.app.ok('getCarrierRecord', { id: scanned.id })).attached).toBe(false);
  });

  it('a record already attached for the carrier on the Documents step is compared in one click', async () => {
    const dir = tempDir();
    const pdf = join(fixtures, 'us-incumbent-csr.pdf');
    const { app, id } = await draft(dir, pdf);
    const { order } = chosen(await app.ok('attachOrderDocument', { id, kind: 'carrierRecord' }));
    const doc = order.documents[0]!;
    const view = attached(await app.ok('compareOrderDocument', { id, storedAs: doc.storedAs }));
    expect(view.source).toMatchObject({ kind: 'pdf', fileName: 'us-incumbent-csr.pdf' });
    expect(view.record.fields.companyName?.value).toBe('HARBORVIEW DENTAL GROUP LLC');
    // The record keeps a copy of its own: removing the document later leaves the record whole.
    expect(view.source.storedAs).not.toBe(doc.storedAs);
    const kept = join(orderFilesDir(ordersDir(dir), id), view.source.storedAs!);
    expect(readFileSync(kept)).toEqual(readFileSync(pdf));
    expect((await app.order.get(id)).timeline.at(-1)!.note).toBe(
      'Carrier record read from the attached document us-incumbent-csr.pdf.',
    );
    // A document the order no longer has is refused in words.
    expect(
      await app.call('compareOrderDocument', { id, storedAs: 'document-1.pdf' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('no longer attached') },
    });
  });

  it('is on disk when acknowledged: a restart shows the same record, picks and confirmations', async () => {
    const dir = tempDir();
    const { app, id } = await draft(dir);
    await app.ok('pasteCarrierRecord', { id, text: record });
    await app.ok('confirmCarrierFinding', { id, findingId: 'account-number', reason: 'Known.' });
    const before = await app.ok('getCarrierRecord', { id });
    const again = start(dir, { now: manualClock(today).now });
    expect(await again.ok('getCarrierRecord', { id })).toEqual(before);
  });

  it('a damaged record file is moved aside and said; the admin attaches again', async () => {
    const dir = tempDir();
    const { app, id } = await draft(dir);
    await app.ok('pasteCarrierRecord', { id, text: record });
    const file = join(ordersDir(dir), `${carrierRecordDocumentName(id)}.json`);
    writeFileSync(file, '{"schemaVersion": 1, "data": {"text": 5}}');
    const again = start(dir, { now: manualClock(today).now });
    const view = await again.ok('getCarrierRecord', { id });
    expect(view).toMatchObject({
      attached: false,
      unreadable: expect.stringMatching(/could not be read; it was moved to .*carrier-record/),
    });
    expect(readdirSync(ordersDir(dir)).some((n) => n.includes('carrier-record.invalid'))).toBe(
      true,
    );
    expect((await again.ok('pasteCarrierRecord', { id, text: record })).attached).toBe(true);
  });

  it('is part of drafting: once submitted it no longer changes', async () => {
    const dir = tempDir();
    const { app, id } = await draft(dir, join(fixtures, 'us-incumbent-csr.pdf'));
    await app.ok('finishOrder', { id });
    await app.ok('recordOrderStatus', {
      id,
      status: 'processing',
      microsoftOrderId: 'PO-1',
      submittedOn: '2026-11-23',
      authorizedWith: 'signedLetter',
    });
    expect(await app.call('pasteCarrierRecord', { id, text: record })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    // A PDF is refused before any copy of it is made beside the order.
    expect(await app.call('attachCarrierRecordPdf', { id })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    const filesDir = orderFilesDir(ordersDir(dir), id);
    const copies = existsSync(filesDir) ? readdirSync(filesDir) : [];
    expect(copies.filter((f) => f.startsWith('carrier-record'))).toEqual([]);
  });

  it('refuses a blank paste and a pick that is not offered, in words', async () => {
    const { app, id } = await draft(tempDir());
    expect(await app.call('pasteCarrierRecord', { id, text: '  \n ' })).toMatchObject({
      ok: false,
      error: { message: 'Carrier record: paste the record’s text first.' },
    });
    await app.ok('pasteCarrierRecord', { id, text: record });
    expect(
      await app.call('pickCarrierRecordValue', { id, field: 'companyName', index: 3 }),
    ).toMatchObject({ ok: false, error: { message: /no longer offered/ } });
  });

  it('goes into Summary.txt, and a recreated draft gets it back with every mismatch to look at again', async () => {
    const exportTo = tempDir();
    const { app, id, dir, view } = await finishedWithPdfRecord({
      chooseExportFolder: () => Promise.resolve(exportTo),
    });
    const { folder } = chosen(await app.ok('exportSubmissionPackage', { id, withHeader: true }));
    const summary = readFileSync(join(folder, 'Summary.txt'), 'utf8');
    expect(summary).toContain(
      "Carrier's record\r\n----------------\r\nCompared with the carrier's record (us-incumbent-csr.pdf, attached 2026-11-23):",
    );
    expect(summary).toMatch(
      /- MISMATCH: Account number: .* Confirmed by the admin: Checked with the carrier\./,
    );

    await rejectForBtn(app, id);
    const copy = await app.ok('recreateOrder', { id });
    // Written with the new draft in one go: one line of history says it came along.
    expect(copy.timeline).toHaveLength(1);
    expect(copy.timeline[0]!.note).toContain("The carrier's record came with it");
    const carried = attached(await app.ok('getCarrierRecord', { id: copy.id }));
    expect(carried.record).toEqual(view.record);
    expect(carried.findings.some((f) => f.confirmed)).toBe(false);
    expect(carried.open).toBe(view.open);
    const copied = join(orderFilesDir(ordersDir(dir), copy.id), carried.source.storedAs!);
    expect(readFileSync(copied)).toEqual(readFileSync(join(fixtures, 'us-incumbent-csr.pdf')));
  });

  it('a record PDF damaged on disk travels as a moved-away one would: its text only, to a recreated draft and in a .portorder', async () => {
    const file = join(tempDir(), 'Redmond.portorder');
    const { app, id, dir, clock, view } = await finishedWithPdfRecord({
      chooseOrderSaveFile: () => Promise.resolve(file),
    });
    // A write cut short by a power loss can leave zeros where the PDF was.
    writeFileSync(join(orderFilesDir(ordersDir(dir), id), view.source.storedAs!), Buffer.alloc(64));
    await rejectForBtn(app, id);

    const copy = await app.ok('recreateOrder', { id });
    const carried = attached(await app.ok('getCarrierRecord', { id: copy.id }));
    expect(carried.record).toEqual(view.record);
    expect(carried.source).toMatchObject({ kind: 'pdf', fileName: 'us-incumbent-csr.pdf' });
    expect(carried.source.storedAs).toBeUndefined();

    chosen(await app.ok('exportOrderFile', { id }));
    const receiver = start(tempDir(), {
      now: clock.now,
      dialogs: { ...noDialogs, chooseOrderFile: () => Promise.resolve(file) },
    });
    const { order } = chosen(await receiver.ok('importOrderFile'));
    const received = attached(await receiver.ok('getCarrierRecord', { id: order.id }));
    expect(received.record).toEqual(view.record);
    expect(received.source.storedAs).toBeUndefined();
  });

  it('travels in the .portorder file: the other computer sees the same record, PDF and confirmations', async () => {
    const file = join(tempDir(), 'Seattle.portorder');
    const pdf = join(fixtures, 'us-incumbent-csr.pdf');
    const clock = manualClock(today);
    const sender = start(tempDir(), {
      now: clock.now,
      dialogs: {
        ...noDialogs,
        chooseDocumentFile: () => Promise.resolve(pdf),
        chooseOrderSaveFile: () => Promise.resolve(file),
      },
    });
    const { id } = await sender.order.create();
    await saveAll(sender, id, validAnswers(clock.now()));
    await sender.ok('attachCarrierRecordPdf', { id });
    const mismatch = attached(await sender.ok('getCarrierRecord', { id })).findings.find(
      (f) => f.severity === 'mismatch',
    )!;
    await sender.ok('confirmCarrierFinding', { id, findingId: mismatch.id, reason: 'Known.' });
    const sent = await sender.ok('getCarrierRecord', { id });
    chosen(await sender.ok('exportOrderFile', { id }));

    const otherDir = tempDir();
    const receiver = start(otherDir, {
      now: clock.now,
      dialogs: { ...noDialogs, chooseOrderFile: () => Promise.resolve(file) },
    });
    const { order } = chosen(await receiver.ok('importOrderFile'));
    const received = attached(await receiver.ok('getCarrierRecord', { id: order.id }));
    const { source: sentSource, ...sentRest } = attached(sent);
    const { source: receivedSource, ...receivedRest } = received;
    expect(receivedRest).toEqual(sentRest);
    expect(receivedSource).toMatchObject({ kind: 'pdf', fileName: 'us-incumbent-csr.pdf' });
    expect(sentSource.fileName).toBe(receivedSource.fileName);
    const copied = join(orderFilesDir(ordersDir(otherDir), order.id), receivedSource.storedAs!);
    expect(readFileSync(copied)).toEqual(readFileSync(pdf));
  });
});
