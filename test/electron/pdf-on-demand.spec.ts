import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import { answerStepIds } from '@shared/order/steps';
import { validAnswers } from '@tools/valid-order';

import { recordPdf, validOrderCsr } from '../support/carrier-record-text';
import { finish, launchPortDesk } from './support/launch';

/**
 * Main loads pdf.js (unpdf) and pdf-lib only when a PDF is first read or made
 * (electron.vite.config.ts): the built app must find those chunks, unpacked and packaged.
 */
test('a carrier record is read from a PDF and a letter is made: the PDF libraries load on demand', async () => {
  const running = await launchPortDesk();
  try {
    const { app, page } = running;
    const folder = mkdtempSync(join(tmpdir(), 'portdesk-pdf-'));
    const csr = join(folder, 'csr.pdf');
    writeFileSync(
      csr,
      await recordPdf(validOrderCsr({ accountNumber: 'NW12345679', billingName: 'CONTOSO LTD' })),
    );
    // The OS's file dialog answers with the record; opening the letter with the OS is recorded, not done.
    await app.evaluate(({ dialog, shell }, file) => {
      dialog.showOpenDialog = (async () => ({
        canceled: false,
        filePaths: [file],
      })) as unknown as typeof dialog.showOpenDialog;
      const opened: string[] = [];
      (globalThis as unknown as { opened: string[] }).opened = opened;
      shell.openPath = async (path: string) => (opened.push(path), '');
    }, csr);

    const answers = validAnswers(new Date());
    const result = await page.evaluate(
      async ({ answers: values, steps }) => {
        const bridge = window.portdesk! as unknown as Record<
          string,
          (input?: unknown) => Promise<{ ok: boolean; value?: any; error?: unknown }> // eslint-disable-line @typescript-eslint/no-explicit-any
        >;
        const ok = async (channel: string, input?: unknown) => {
          const reply = await bridge[channel]!(input);
          if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
          return reply.value;
        };
        const { id } = await ok('createOrder');
        await ok('saveOrderNumbers', { id, source: '+14258820100\n+14258820101' });
        for (const step of steps) await ok('saveOrderStep', { id, step, values: values[step] });
        const attached = await ok('attachCarrierRecordPdf', { id });
        for (const f of attached.view.findings)
          if (f.severity === 'mismatch')
            await ok('confirmCarrierFinding', { id, findingId: f.id, reason: 'Checked by phone.' });
        await ok('finishOrder', { id });
        const letter = await ok('openLoa', { id, version: 'us-en' });
        return { company: attached.view.record.fields.companyName?.value, letter: letter.file };
      },
      { answers: answers as unknown as Record<string, unknown>, steps: answerStepIds },
    );
    expect(result.company).toBe('CONTOSO LTD');
    expect(existsSync(result.letter)).toBe(true);
    expect(readFileSync(result.letter).subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      await app.evaluate(() => (globalThis as unknown as { opened: string[] }).opened),
    ).toEqual([result.letter]);
  } finally {
    await finish(running);
  }
});
