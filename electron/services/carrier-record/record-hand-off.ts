import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { UserFacingError } from '@shared/ipc-error';
import type { CarrierRecordFile } from '@shared/schemas/carrier-record';

import { kindOfBytes } from '../documents/signed-scan';
import type { OrderRepository } from '../orders/order-repository';
import { storeRecordPdf } from './record-pdf';

/** The carrier's record as a `.portorder` carries it: what PortDesk keeps, and the PDF's bytes. */
export interface TravellingCarrierRecord {
  file: CarrierRecordFile;
  pdf?: string | undefined;
}

/**
 * The order's carrier record for a `.portorder` (or a recreated draft), its PDF included when it
 * is still beside the order and still a PDF.
 */
export function carrierRecordToSend(
  repo: OrderRepository,
  filesDir: string,
  id: string,
): TravellingCarrierRecord | undefined {
  const stored = repo.carrierRecord(id);
  if (stored.kind !== 'ok') return undefined;
  const { storedAs } = stored.file.source;
  let pdf: string | undefined;
  try {
    const bytes = storedAs ? readFileSync(join(filesDir, storedAs)) : undefined;
    // Moved away or damaged on disk (a write cut short): the text read from it still travels,
    // rather than bytes that receiveCarrierRecord refuses, which would block a recreate here
    // and every import of the file on the other computer.
    if (bytes && kindOfBytes(bytes) === 'pdf') pdf = bytes.toString('base64');
  } catch {
    // Moved away by hand: as above.
  }
  return { file: stored.file, ...(pdf ? { pdf } : {}) };
}

/** A received carrier record, its PDF (checked to be one) written beside the new order. */
export function receiveCarrierRecord(
  carried: TravellingCarrierRecord,
  filesDir: string,
  now: Date,
): CarrierRecordFile {
  const source = { ...carried.file.source };
  delete source.storedAs;
  if (carried.pdf) {
    const bytes = Buffer.from(carried.pdf, 'base64');
    if (kindOfBytes(bytes) !== 'pdf')
      throw new UserFacingError(
        'invalid-input',
        "The file is damaged: its carrier's record is not the PDF it claims to be. Ask for a new export.",
      );
    source.storedAs = storeRecordPdf(bytes, filesDir, now);
  }
  return { ...carried.file, source };
}
