import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { carrierRecordFormat } from '@main/storage/formats/carrier-record';
import { notSavedError } from '@main/storage/write-errors';
import { UserFacingError } from '@shared/ipc-error';
import { groupsInOrderCountry } from '@shared/order/toll-free-country';
import type { CarrierRecordFile } from '@shared/schemas/carrier-record';
import { orderStatusLabels, type TimelineEntry } from '@shared/schemas/order-status';

import { receiveCarrierRecord } from '../carrier-record/record-hand-off';
import { detachCurrentScan } from '../orders/detached-scans';
import type { NumbersService } from '../orders/numbers-service';
import { orderFilesDir } from '../orders/order-files';
import type { OrderRecord } from '../orders/order-record';
import type { OrderRepository } from '../orders/order-repository';
import { capped } from '../orders/timeline-cap';
import {
  firstIssueWords,
  readyCheckedHere,
  receivedFiles,
  storeReceivedFiles,
} from './hand-off-files';
import type { HandOffContent } from './read-hand-off';
import { writeStampedFile } from './stamped-file';

export interface HandOffUpdateDeps {
  repo: OrderRepository;
  numbers: NumbersService;
  ordersDir: string;
  now: () => Date;
}

/**
 * Both histories, in time order. The file's explains the version it brings (a status, a
 * scan signed there); the lines written here since the two parted are this computer's
 * record of what was done to the order, and nothing saved here is dropped. A line both
 * hold (the order went from here to there and back) is kept once.
 */
function bothHistories(sent: TimelineEntry[], here: TimelineEntry[]): TimelineEntry[] {
  const key = (e: TimelineEntry) => JSON.stringify([e.at, e.status, e.by, e.note]);
  const known = new Set(sent.map(key));
  const merged = [...sent, ...here.filter((e) => !known.has(key(e)))];
  // A stable sort: lines of the same moment keep the order they were written in.
  return capped(merged.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the version here had that the file's replaces, with the names its files keep in the order's folder. */
function replacedWords(here: OrderRecord, record: CarrierRecordFile | undefined, copy?: string) {
  const parts = here.documents.map((d) => `the document ${d.fileName} (${d.storedAs})`);
  if (here.signedScan)
    parts.push(
      `the signed scan ${here.signedScan.fileName} (${here.signedScan.storedAs}, listed as an earlier scan)`,
    );
  if (record && copy) {
    const pdf = record.source.storedAs;
    parts.push(`the carrier's record (${copy}${pdf ? `, its PDF ${pdf}` : ''})`);
  }
  return parts;
}

/**
 * The order here replaced by the file's newer version, whole: answers, numbers, documents,
 * signed scan, carrier's record, status and history. This computer's own parts stay: its id,
 * its organization, the carrier PIN sealed here (a PIN never travels). Nothing saved here is
 * lost: the files of the version replaced stay in the order's folder (the scan listed as an
 * earlier one, the carrier's record copied beside them), the received files get names of
 * their own, and the history names the file and what it replaced.
 */
export function updateFromHandOff(
  { repo, numbers, ordersDir, now }: HandOffUpdateDeps,
  here: OrderRecord,
  file: HandOffContent,
  from: string,
): { record: OrderRecord; explanation: string } {
  // Checked before anything is written: a forged scan or document refuses the whole file.
  const received = receivedFiles(file, from);
  const at = now();
  const filesDir = orderFilesDir(ordersDir, here.id);
  const ours = repo.carrierRecord(here.id);
  const written: string[] = [];
  try {
    const stored = storeReceivedFiles(received, filesDir, at);
    written.push(...stored.written);
    const carried = file.carrierRecord && receiveCarrierRecord(file.carrierRecord, filesDir, at);
    if (carried?.source.storedAs) written.push(carried.source.storedAs);
    // The record it replaces is the admin's work (text, picks, confirmations): kept as it was stored.
    const replacedRecord = carried && ours.kind === 'ok' ? ours.file : undefined;
    const copy =
      replacedRecord &&
      writeStampedFile(filesDir, 'carrier-record-replaced', 'json', at, (path) =>
        writeFileSync(
          path,
          JSON.stringify({ schemaVersion: carrierRecordFormat.version, data: replacedRecord }),
          { flag: 'wx' },
        ),
      );
    if (copy) written.push(copy);

    const { btn, replacementBtn } = file.order.answers.btn;
    const { figures, ...list } = numbers.prepare(here.id, file.numbers, btn, replacementBtn);
    const replaced = replacedWords(here, replacedRecord, copy);
    const statusChange =
      file.order.status === here.status
        ? ''
        : ` Status: ${orderStatusLabels[here.status]} → ${orderStatusLabels[file.order.status]}, as in the file.`;
    const keptRecord =
      !carried && ours.kind === 'ok' ? " The carrier's record here stays: the file has none." : '';
    const note =
      `Updated from ${from} (exported ${file.exportedAt.slice(0, 10)} by ${file.exportedBy}): the order is now the file's version, with its answers, its numbers, ${plural(stored.documents.length, 'document', 'documents')}, ${stored.signedScan ? 'its signed scan' : 'no signed scan'}${carried ? ", its carrier's record" : ''} and its history (this computer's lines kept).${statusChange}${keptRecord}` +
      (replaced.length > 0
        ? ` Replaced here and kept in the order's folder: ${replaced.join('; ')}.`
        : '');
    const line: TimelineEntry = {
      at: at.toISOString(),
      status: file.order.status,
      by: 'admin',
      note,
    };
    const record = readyCheckedHere(
      {
        ...file.order,
        id: here.id,
        organizationId: here.organizationId,
        carrierPinSealed: here.carrierPinSealed,
        listRevision: here.listRevision,
        progress: undefined,
        deletedAt: undefined,
        signedScan: stored.signedScan,
        documents: stored.documents,
        // The file's earlier scans are on the sender's computer; this computer's are here.
        detachedScans: detachCurrentScan(here),
        numbers: { ...figures, groups: groupsInOrderCountry(figures.groups, file.order.answers) },
        timeline: capped([...bothHistories(file.order.timeline, here.timeline), line]),
      },
      at,
      firstIssueWords,
    );
    const done = repo.replace(here.id, () => ({ record, list, carrierRecord: carried }));
    const name = here.answers.details.orderName.trim() || 'Untitled order';
    return {
      record: done,
      explanation: `“${name}” is now the version in ${from}: its answers, numbers, documents, signed scan, carrier's record and history. What it replaced stays in the order's folder; its history names the files.${done.status === 'draft' ? ' Check it and finish it again.' : ''}`,
    };
  } catch (error) {
    // Refused (a full disk): the order stays as it was, and the files received for it go.
    for (const name of written) rmSync(join(filesDir, name), { force: true });
    throw error instanceof UserFacingError ? error : notSavedError('Port order', error);
  }
}
