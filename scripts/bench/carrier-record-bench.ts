import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { pdfText } from '@main/services/carrier-record/pdf-text';
import { compareWithCarrierRecord } from '@shared/carrier-record/compare-with-carrier-record';
import { readCarrierRecord } from '@shared/carrier-record/read-carrier-record';
import { carrierRecordsDir, textRecords } from '@test/fixtures/carrier-records/make-pdfs';
import { extractText, getDocumentProxy } from 'unpdf';

import { type Figure, median, medianMs } from './measure';

/**
 * A record attached on the Documents step: its PDF's text, read and compared with the order,
 * for the seven fixture PDFs; against unpdf's own plain text extraction of the same files
 * (what reading the PDF costs before PortDesk does anything with it). And a long CSR: 200
 * pages' worth of numbers, read and compared.
 */
export async function carrierRecordFigures(): Promise<Figure[]> {
  const names = Object.keys(textRecords);
  const files = names.map((name) => ({
    pdf: new Uint8Array(readFileSync(join(carrierRecordsDir, `${name}.pdf`))),
    expected: JSON.parse(readFileSync(join(carrierRecordsDir, `${name}.expected.json`), 'utf8')),
  }));
  const ours = async () => {
    for (const { pdf, expected } of files) {
      const record = readCarrierRecord(await pdfText(pdf));
      compareWithCarrierRecord(
        expected.order,
        expected.orderNumbers,
        record,
        new Date(expected.today),
      );
    }
  };
  const plain = async () => {
    for (const { pdf } of files) {
      const document = await getDocumentProxy(pdf.slice(), { verbosity: 0 });
      await extractText(document, { mergePages: true });
      await document.destroy();
    }
  };
  await ours();
  await plain();
  const oursTimes: number[] = [];
  const plainTimes: number[] = [];
  for (let round = 0; round < 10; round++) {
    oursTimes.push(await medianMs(1, ours, false));
    plainTimes.push(await medianMs(1, plain, false));
  }

  const lines = ['ACCOUNT NO: 303 296-4100 771   BTN: 303 296-4100', 'PRINTED: 11/12/2026'];
  const numbers: string[] = [];
  for (let n = 0; n < 10_000; n++) {
    const e164 = `+1303${296 + Math.floor(n / 5000)}${String(n % 5000).padStart(4, '0')}`;
    numbers.push(e164);
    lines.push(
      `1    1MB    ${e164.slice(2, 5)} ${e164.slice(5, 8)}-${e164.slice(8)}    BUSINESS LINE${n % 50 === 0 ? ', HUNTING' : ''}`,
    );
  }
  const text = lines.join('\n');
  const order = { ...files[0]!.expected.order, portType: 'full' as const };
  const long = await medianMs(5, () =>
    compareWithCarrierRecord(order, numbers, readCarrierRecord(text), new Date('2026-11-23')),
  );
  return [
    {
      name: `carrier record: PDF text, read and compare, ${names.length} fixture PDFs (median of 10)`,
      value: median(oursTimes),
      unit: 'ms',
      target: 250,
      better: 'lower',
      baseline: { name: "unpdf's plain extractText", value: median(plainTimes) },
    },
    {
      name: 'carrier record: read and compare a 10,000-number CSR text (median of 5)',
      value: long,
      unit: 'ms',
      target: 1000,
      better: 'lower',
    },
  ];
}
