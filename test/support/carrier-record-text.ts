import type { AttachedCarrierRecord, CarrierRecordView } from '@shared/schemas/carrier-record';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * The valid order's carrier (tools/valid-order.ts) as its CSR reads, pasted from the carrier's
 * portal; `record` changes what the carrier has on file (a digit, the legal name, the date).
 */
export function validOrderCsr(
  record: { accountNumber?: string; billingName?: string; date?: string } = {},
): string {
  const { accountNumber = 'NW12345678', billingName = 'CONTOSO', date = '11/16/2026' } = record;
  return [
    'NORTHWIND TELECOM                    CUSTOMER SERVICE RECORD',
    `DATE OF RECORD: ${date}`,
    `ACCOUNT NO:  ${accountNumber}              BTN:  425 882-0100`,
    `BILLING NAME:  ${billingName}`,
    'SVC ADDR:  1 MAIN ST',
    '           SEATTLE WA 98101',
    'AUTHORIZED:  WHITFIELD, DANA',
    '',
    'TN  425 882-0100  BUSINESS LINE',
    'TN  425 882-0101  BUSINESS LINE',
  ].join('\n');
}

/** The record view of an order that has one; fails the test, saying why, when it has none. */
export function attached(view: CarrierRecordView): AttachedCarrierRecord {
  if (!view.attached) throw new Error(`No record: ${view.unreadable ?? 'none attached'}`);
  return view;
}

/** A real PDF with a text layer holding `text` line by line, as a carrier's portal exports a record. */
export async function recordPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Courier);
  const page = doc.addPage([612, 792]);
  text
    .split('\n')
    .forEach((line, i) => page.drawText(line, { x: 48, y: 740 - i * 12, size: 9, font }));
  return doc.save({ useObjectStreams: false });
}
