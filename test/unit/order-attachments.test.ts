import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Dialogs } from '@main/services/dialogs';
import { reviewRows } from '@shared/order/review-rows';
import { documentsWarnings } from '@shared/order/rules/documents-rules';
import type { OrderDocument } from '@shared/schemas/order';
import { noDialogs } from '@tools/harness';
import { chosen } from '@tools/typed-calls';
import { validAnswers } from '@tools/valid-order';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';

import { orderFilesIn } from '../support/data-files';
import { cleanUp, manualClock, saveAll, start, tempDir } from '../support/service-app';

/*
 * The Documents step (a bill, the CSR, kept beside the order, checked by their bytes, in the
 * package), one order at a time for an account, and what the package says: Summary.txt with
 * the warnings and the numbers, How to submit.txt with today's admin center.
 */
afterEach(cleanUp);

const monday = '2026-11-23T15:00:00.000Z';

async function pdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawText(text, { x: 72, y: 700, size: 14 });
  return doc.save();
}

function withDialogs(dataDir: string, answers: Partial<Dialogs>) {
  const clock = manualClock(monday);
  const opened: string[] = [];
  const app = start(dataDir, {
    now: clock.now,
    dialogs: { ...noDialogs, ...answers },
    openPath: (p) => opened.push(p),
  });
  return { app, clock, opened };
}

describe('documents on the Documents step', () => {
  it('keeps a PDF beside the order, refuses anything that is not one by its bytes, and removes it from the order only', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bill.pdf'), await pdf('Northwind Telecom bill'));
    writeFileSync(join(dir, 'photo.pdf'), Buffer.from('89504e470d0a1a0a0000', 'hex'));
    writeFileSync(join(dir, 'empty.pdf'), '');
    let pick = 'bill.pdf';
    const { app, opened } = withDialogs(join(dir, 'data'), {
      chooseDocumentFile: () => Promise.resolve(join(dir, pick)),
    });
    const { id } = await app.order.create();
    const attached = chosen(await app.ok('attachOrderDocument', { id, kind: 'bill' })).order;
    expect(attached.documents).toEqual([
      {
        kind: 'bill',
        fileName: 'bill.pdf',
        bytes: readFileSync(join(dir, 'bill.pdf')).length,
        attachedAt: monday,
        storedAs: `document-${Date.parse(monday)}.pdf`,
      },
    ]);
    const stored = join(orderFilesIn(app.dataDir, id), attached.documents[0]!.storedAs);
    expect(readFileSync(stored)).toEqual(readFileSync(join(dir, 'bill.pdf')));
    expect(attached.timeline.at(-1)!.note).toBe('Document attached: bill.pdf.');

    for (const [file, words] of [
      ['photo.pdf', 'Carrier record: “photo.pdf” is not a PDF file.'],
      ['empty.pdf', 'Carrier record: “empty.pdf” is empty.'],
    ] as const) {
      pick = file;
      const refused = await app.call('attachOrderDocument', { id, kind: 'carrierRecord' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect((refused as { error: { message: string } }).error.message).toContain(words);
    }

    const { file } = await app.ok('openOrderDocument', {
      id,
      storedAs: attached.documents[0]!.storedAs,
    });
    expect(opened).toEqual([file]);
    const removed = await app.ok('removeOrderDocument', {
      id,
      storedAs: attached.documents[0]!.storedAs,
    });
    expect(removed.documents).toEqual([]);
    expect(existsSync(stored)).toBe(true);
    expect(
      await app.call('removeOrderDocument', { id, storedAs: attached.documents[0]!.storedAs }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('counts the documents again once the file dialog closes: the eleventh is refused in words, the order intact', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bill.pdf'), await pdf('Northwind Telecom bill'));
    let answerFirst: (path: string) => void = () => undefined;
    let calls = 0;
    const { app, clock } = withDialogs(join(dir, 'data'), {
      // The first dialog stays open while ten other documents are attached.
      chooseDocumentFile: () =>
        ++calls === 1
          ? new Promise((resolve) => (answerFirst = resolve))
          : Promise.resolve(join(dir, 'bill.pdf')),
    });
    const { id } = await app.order.create();
    const late = app.call('attachOrderDocument', { id, kind: 'bill' });
    for (let i = 0; i < 10; i++) {
      clock.advance(1000);
      chosen(await app.ok('attachOrderDocument', { id, kind: 'bill' }));
    }
    answerFirst(join(dir, 'bill.pdf'));
    expect(await late).toMatchObject({
      ok: false,
      error: { code: 'not-allowed', message: expect.stringContaining('at most 10') },
    });
    expect((await app.order.get(id)).documents).toHaveLength(10);
  });

  it('warns of a bill older than 30 days, and of no documents at all, without refusing', () => {
    const today = new Date(2026, 10, 23);
    const doc: OrderDocument = {
      kind: 'bill',
      fileName: 'bill.pdf',
      bytes: 10,
      attachedAt: monday,
      storedAs: 'document-1.pdf',
    };
    expect(documentsWarnings({ billDate: '2026-10-24' }, [doc], today)).toEqual([]);
    expect(documentsWarnings({ billDate: '2026-10-23' }, [doc], today)).toEqual([
      {
        field: 'billDate',
        message:
          'Bill date: the bill is 31 days old; carriers want one from the last 30 days. Attach a more recent bill if you have one.',
      },
    ]);
    expect(documentsWarnings({ billDate: '' }, [], today).map((w) => w.field)).toEqual([
      'documents',
    ]);
  });
});

describe('one order at a time for an account', () => {
  it('names the other unfinished order with the same account number, and not a finished one', async () => {
    const { app } = withDialogs(tempDir(), {});
    const answers = validAnswers(new Date(monday));
    const first = await app.order.create();
    await app.order.save(first.id, 'details', { ...answers.details, orderName: 'Seattle first' });
    await app.order.save(first.id, 'account', answers.account);
    const second = await app.order.create();
    expect(await app.ok('sameAccountOrders', { id: second.id })).toEqual({ orders: [] });
    // Written differently (spaces, dashes, case): the same account for the carrier.
    await app.order.save(second.id, 'account', {
      ...answers.account,
      accountNumber: 'nw-1234 5678',
    });
    expect(await app.ok('sameAccountOrders', { id: second.id })).toEqual({
      orders: [{ id: first.id, name: 'Seattle first', status: 'draft' }],
    });
    await app.order.save(second.id, 'account', { ...answers.account, accountNumber: 'NW999' });
    expect(await app.ok('sameAccountOrders', { id: second.id })).toEqual({ orders: [] });
  });
});

describe('the submission package of today’s admin center', () => {
  it('holds the documents, says to wait for the other order of the account, and lists the warnings and numbers', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(dir, 'csr.pdf'), await pdf('Customer service record'));
    const { app } = withDialogs(join(dir, 'data'), {
      chooseExportFolder: () => Promise.resolve(out),
      chooseDocumentFile: () => Promise.resolve(join(dir, 'csr.pdf')),
    });
    const answers = validAnswers(new Date(monday));
    const other = await app.order.create();
    await app.order.save(other.id, 'account', answers.account);
    await app.order.save(other.id, 'details', { ...answers.details, orderName: 'Seattle annex' });
    const { id } = await app.order.create();
    await saveAll(app, id, {
      ...answers,
      account: { ...answers.account, companyName: 'Contoso Pharmaceuticals International' },
      authorize: { ...answers.authorize, method: 'eSignature', eSignatureSentOn: '2026-11-23' },
    });
    await app.ok('saveOrderNumbers', { id, source: '+14258820100\n+1 425 882 0101 x7' });
    chosen(await app.ok('attachOrderDocument', { id, kind: 'carrierRecord' }));
    await app.ok('finishOrder', { id });
    const result = chosen(await app.ok('exportSubmissionPackage', { id, withHeader: true }));
    expect(result.files).toContain('Seattle main office carrier record 1.pdf');
    expect(readdirSync(result.folder).sort()).toEqual([...result.files].sort());
    expect(readFileSync(join(result.folder, 'Seattle main office carrier record 1.pdf'))).toEqual(
      readFileSync(join(dir, 'csr.pdf')),
    );
    const how = readFileSync(join(result.folder, 'How to submit.txt'), 'utf8');
    for (const text of [
      'Voice > Phone numbers > Numbers > Port, and choose US & Canada',
      'Authorize and submit: choose the e-signature request',
      'WAIT: the order “Seattle annex” is for the same account number',
      '- Seattle main office carrier record 1.pdf: a document for the carrier (bill or CSR).',
    ])
      expect(how).toContain(text);
    expect(how).not.toContain('MANUAL');
    const summary = readFileSync(join(result.folder, 'Summary.txt'), 'utf8');
    for (const text of [
      'Phone numbers\r\n-------------',
      'Porting details',
      'Warning: Company name is 37 characters; the admin center keeps the first 25',
      '1 with a warning (an extension is dropped)',
      'The numbers (2)\r\n---------------\r\n+14258820100\r\n+14258820101',
      'E-signature request from the admin center, sent Monday, November 23, 2026',
    ])
      expect(summary).toContain(text);
  });

  it('takes the manual route only for 1,000 numbers or more', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    const { app } = withDialogs(join(dir, 'data'), {
      chooseExportFolder: () => Promise.resolve(out),
    });
    const { id } = await app.order.create();
    await saveAll(app, id, validAnswers(new Date(monday)));
    // 999 numbers: the BTN and 998 more.
    await app.ok('saveOrderNumbers', { id, source: '+14258820100\n4258821000-4258821997' });
    await app.ok('finishOrder', { id });
    const wizard = chosen(await app.ok('exportSubmissionPackage', { id, withHeader: true }));
    expect(readFileSync(join(wizard.folder, 'How to submit.txt'), 'utf8')).toContain(
      'US & Canada port wizard',
    );
    expect(reviewRows(await app.order.get(id)).numbers[0]!.value).toMatch(/^999 in all/);
  });
});

describe('toll-free numbers keep the order’s country', () => {
  it('a Canadian order’s toll-free numbers are Canadian in its figures, on Review and in Summary.txt', async () => {
    const { app } = withDialogs(tempDir(), {});
    const { id } = await app.order.create();
    await app.order.save(id, 'getStarted', { country: 'CA', checklist: [] });
    const saved = await app.ok('saveOrderNumbers', { id, source: '+18008820100\n+18888820101' });
    expect(saved.numbers.groups).toEqual([{ country: 'CA', kind: 'tollFree', count: 2 }]);
    expect(reviewRows(saved).numbers[0]!.value).toBe('2 in all, 2 Canadian toll-free');
  });
});
