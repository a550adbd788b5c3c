import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { pdfText } from '@main/services/carrier-record/pdf-text';
import { compareWithCarrierRecord } from '@shared/carrier-record/compare-with-carrier-record';
import { readCarrierRecord } from '@shared/carrier-record/read-carrier-record';
import type { CarrierRecordOrderView, Finding } from '@shared/carrier-record/types';
import { UserFacingError } from '@shared/ipc-error';
import { checkNumbers } from '@shared/numbers/check-numbers';
import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import { readList } from '@shared/numbers/read-numbers';
import metadata from 'libphonenumber-js/metadata.max.json';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';

import {
  carrierRecordsDir,
  recordPdf,
  type TextRecord,
  textRecords,
} from '../fixtures/carrier-records/make-pdfs';

/** A fixture's `.expected.json`: the order view it is compared with, and what must come out. */
interface Expected {
  description: string;
  today: string;
  order: CarrierRecordOrderView;
  orderNumbers: string[];
  expected: {
    language: 'en' | 'fr';
    date: string | null;
    fields: Record<string, { value: string; line: number }[] | null>;
    numbers: { from: string; to: string; line: number; features: string[]; onlyAsBtn?: true }[];
    setAside: { e164: string; line: number }[];
    problems: { line: number; message: string }[];
    findings: Omit<Finding, 'message' | 'kind'>[];
  };
}

const names = Object.keys(textRecords) as TextRecord[];
const file = (name: string) => readFileSync(join(carrierRecordsDir, name));
const expectedOf = (name: TextRecord): Expected =>
  JSON.parse(file(`${name}.expected.json`).toString('utf8')) as Expected;

/** Every number of a run of the expected list. */
function expand(run: Expected['expected']['numbers'][number]): string[] {
  const out: string[] = [];
  for (let n = Number(run.from.slice(1)); n <= Number(run.to.slice(1)); n++) out.push(`+${n}`);
  return out;
}

const sources = {
  txt: async (name: TextRecord) => file(`${name}.txt`).toString('utf8'),
  pdf: async (name: TextRecord) => pdfText(new Uint8Array(file(`${name}.pdf`))),
};

describe.each(names)('carrier record %s', (name) => {
  const { today, order, orderNumbers, expected } = expectedOf(name);

  describe.each(['txt', 'pdf'] as const)('read from its %s', (source) => {
    it('finds each field, with its line and its other candidates', async () => {
      const record = readCarrierRecord(await sources[source](name));
      for (const [field, candidates] of Object.entries(expected.fields)) {
        const found = record.fields[field as keyof typeof record.fields];
        if (candidates === null) {
          expect(found, `${field} is not in the record`).toBeUndefined();
          continue;
        }
        expect(found, `${field} is in the record`).toBeDefined();
        expect(
          found!.candidates.map(({ value, line }) => ({ value, line })),
          field,
        ).toEqual(candidates);
        expect({ value: found!.value, line: found!.line }, field).toEqual(candidates[0]);
      }
      expect(record.language).toBe(expected.language);
      expect(record.date ?? null).toBe(expected.date);
      expect(record.problems).toEqual(expected.problems);
    });

    it("lists the account's numbers with their features and sets the others aside", async () => {
      const record = readCarrierRecord(await sources[source](name));
      const wanted = expected.numbers.flatMap((run) =>
        expand(run).map((e164) => ({
          e164,
          line: run.line,
          features: run.features,
          ...(run.onlyAsBtn ? { onlyAsBtn: true } : {}),
        })),
      );
      expect(
        record.numbers.map((n) => ({
          e164: n.e164,
          line: n.line,
          features: n.features.map((f) => f.feature),
          ...(n.onlyAsBtn ? { onlyAsBtn: true } : {}),
        })),
      ).toEqual(wanted);
      expect(record.setAside.map(({ e164, line }) => ({ e164, line }))).toEqual(expected.setAside);
      for (const aside of record.setAside) expect(aside.why).not.toBe('');
    });

    it('compares with the order view, finding by finding', async () => {
      const record = readCarrierRecord(await sources[source](name));
      const findings = compareWithCarrierRecord(
        order,
        orderNumbers,
        record,
        new Date(`${today}T12:00:00`),
      );
      expect(findings.map((f) => f.id)).toEqual(expected.findings.map((f) => f.id));
      for (const [i, want] of expected.findings.entries()) {
        const { message, kind, ...got } = findings[i]!;
        expect(got, want.id).toEqual(want);
        expect(kind, want.id).not.toBe('');
        // Each message says where on the record it looked, so the admin can check it.
        if (want.record) expect(message, want.id).toContain(`line ${want.record.line}`);
      }
    });
  });

  it('holds only numbers that pass the number rules (none of them 555-01XX)', () => {
    const all = [
      ...expected.numbers.flatMap(expand),
      ...expected.setAside.map((s) => s.e164),
      ...orderNumbers,
      order.btn,
      ...(order.replacementBtn ? [order.replacementBtn] : []),
    ];
    const classify = createNanpClassifier(metadata as never);
    const rows = checkNumbers(readList([...new Set(all)].join('\n')), { classify }).rows;
    expect(rows.filter((r) => r.status !== 'ok').map((r) => r.message)).toEqual([]);
  });

  it('has on disk the PDF that make-pdfs.ts makes from its text', async () => {
    expect(Buffer.from(await recordPdf(name)).equals(file(`${name}.pdf`))).toBe(true);
  });
});

describe('a scanned carrier record', () => {
  it('is a picture with no text, and gets a message saying so', async () => {
    const bytes = new Uint8Array(file('scanned-csr.pdf'));
    const doc = await PDFDocument.load(bytes);
    const resources = doc.getPage(0).node.Resources();
    const images = resources?.lookup(PDFName.of('XObject'), PDFDict);
    expect(images?.keys().length, 'the page holds one picture').toBe(1);
    const fonts = resources?.lookup(PDFName.of('Font'));
    expect(fonts instanceof PDFDict ? fonts.keys() : [], 'and no font to write text').toEqual([]);
    const refusal = await pdfText(bytes).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserFacingError);
    expect((refusal as UserFacingError).message).toMatch(/no text layer: it is a scan/);
    expect((refusal as UserFacingError).message).toMatch(/paste the record's text/);
  });
});

describe('pdfText refusals', () => {
  it('refuses a file that is not a PDF, in words for the admin', async () => {
    const refusal = await pdfText(new TextEncoder().encode('ACCOUNT NO: 1234')).catch(
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(UserFacingError);
    expect((refusal as UserFacingError).message).toMatch(/not a PDF/);
  });

  it('refuses a damaged PDF without a stack trace', async () => {
    const bytes = new Uint8Array(file('us-cable.pdf')).slice(0, 900);
    const refusal = await pdfText(bytes).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserFacingError);
    expect((refusal as UserFacingError).message).not.toMatch(/at \w+ \(/);
  });
});
