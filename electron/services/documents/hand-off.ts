import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { portOrderFormat, portOrderFormatName } from '@main/storage/formats/portorder';
import { notSavedError } from '@main/storage/write-errors';
import { type HandlersOf } from '@shared/contract/channel';
import type { handOffChannels } from '@shared/contract/hand-off';
import { UserFacingError } from '@shared/ipc-error';
import { checkOrder } from '@shared/order/check-order';
import type { Order } from '@shared/schemas/order';
import { fitOrderName } from '@shared/schemas/order-answers';

import { carrierRecordToSend, receiveCarrierRecord } from '../carrier-record/record-hand-off';
import type { Dialogs } from '../dialogs';
import { safeFileStem } from '../orders/numbers-files';
import type { NumbersService } from '../orders/numbers-service';
import { idTaken, orderFilesDir } from '../orders/order-files';
import { type OrderRecord, toOrder } from '../orders/order-record';
import type { OrderRepository } from '../orders/order-repository';
import type { OrdersService } from '../orders/orders-service';
import { capped } from '../orders/timeline-cap';
import { storedDocumentPath } from './order-documents';
import { type HandOffContent, readHandOff } from './read-hand-off';
import { kindOfBytes, storedScanPath } from './signed-scan';

export interface HandOffDeps {
  repo: OrderRepository;
  orders: OrdersService;
  numbers: NumbersService;
  ordersDir: string;
  dialogs: Dialogs;
  appVersion: string;
  now: () => Date;
  /** The sender's organization travels with the order, for the receiving admin to add. */
  organizationOf?: (id: string | undefined) => HandOffContent['organization'];
}

type Cancelled = { cancelled: true };

/** An order in one `.portorder` file, to carry to another admin offline, and back in. */
export interface HandOffService {
  exportFile(id: string): Promise<Cancelled | { cancelled: false; file: string }>;
  importFile(): Promise<Cancelled | { cancelled: false; order: Order; asCopy: boolean }>;
}

export function createHandOffService({
  repo,
  orders,
  numbers,
  ordersDir,
  dialogs,
  appVersion,
  now,
  organizationOf = () => undefined,
}: HandOffDeps): HandOffService {
  return {
    async exportFile(id) {
      // The sealed PIN opens only with this computer's keyring, and the rest is this computer's bookkeeping: none travels.
      const { carrierPinSealed, deletedAt, progress, listRevision, signedScan, ...order } =
        repo.get(id);
      void [carrierPinSealed, deletedAt, progress, listRevision];
      const filesDir = orderFilesDir(ordersDir, id);
      const content: HandOffContent = {
        exportedAt: now().toISOString(),
        exportedBy: `PortDesk ${appVersion}`,
        order,
        numbers: repo.listSource(id),
        signedScan: signedScan && {
          ...signedScan,
          data: readFileSync(storedScanPath(filesDir, signedScan)).toString('base64'),
        },
        documents: order.documents.map((d) => ({
          ...d,
          data: readFileSync(storedDocumentPath(filesDir, d)).toString('base64'),
        })),
        organization: organizationOf(order.organizationId),
        carrierRecord: carrierRecordToSend(repo, filesDir, id),
      };
      // Checked against the format before it leaves: what another PortDesk will read is exactly what is written.
      const checked = portOrderFormat.current.parse(content);
      const target = await dialogs.chooseOrderSaveFile(
        `${safeFileStem(order.answers.details.orderName)}.portorder`,
      );
      if (target === undefined) return { cancelled: true };
      const file = {
        format: portOrderFormatName,
        schemaVersion: portOrderFormat.version,
        ...checked,
      };
      writeFileSync(target, JSON.stringify(file, null, 1));
      return { cancelled: false, file: target };
    },
    async importFile() {
      const path = await dialogs.chooseOrderFile();
      if (path === undefined) return { cancelled: true };
      const file = readHandOff(path);
      const from = basename(path);
      const scanBytes = file.signedScan && Buffer.from(file.signedScan.data, 'base64');
      // Opened later with the OS's viewer: it must be what its name says, as an attached scan is.
      if (file.signedScan && kindOfBytes(scanBytes!) !== file.signedScan.kind) {
        throw new UserFacingError(
          'invalid-input',
          `“${from}” is damaged: its signed letter is not the ${file.signedScan.kind.toUpperCase()} file it claims to be. Ask for a new export.`,
        );
      }
      // The same order already here (sent back, opened twice, deleted or set aside) comes in beside it, never over it.
      const fileId = file.order.id;
      const asCopy = repo.has(fileId) || idTaken(ordersDir, fileId);
      const id = asCopy ? randomUUID() : fileId;
      const stamp = now().toISOString();
      const name = file.order.answers.details.orderName;
      let record: Omit<OrderRecord, 'listRevision'> = {
        ...file.order,
        id,
        updatedAt: stamp,
        signedScan: undefined,
        answers: asCopy
          ? {
              ...file.order.answers,
              details: { ...file.order.answers.details, orderName: fitOrderName(`${name} (copy)`) },
            }
          : file.order.answers,
      };
      const scan = file.signedScan && scanBytes && { ...file.signedScan, bytes: scanBytes.length };
      if (scan) {
        const { data, ...kept } = scan;
        void data;
        record.signedScan = kept;
      }
      const documents = file.documents.map(({ data, ...doc }) => ({
        doc,
        bytes: Buffer.from(data, 'base64'),
      }));
      // Each document is the PDF it says it is, as an attached one is checked.
      for (const { doc, bytes } of documents)
        if (kindOfBytes(bytes) !== 'pdf')
          throw new UserFacingError(
            'invalid-input',
            `“${from}” is damaged: its document ${doc.fileName} is not a PDF. Ask for a new export.`,
          );
      record.documents = documents.map(({ doc, bytes }) => ({ ...doc, bytes: bytes.length }));
      const { btn, replacementBtn } = record.answers.btn;
      const { figures, ...list } = numbers.prepare(id, file.numbers, btn, replacementBtn);
      const imported = {
        at: stamp,
        status: record.status,
        by: 'admin' as const,
        note: asCopy
          ? `Imported from ${from} as a copy: that order is already on this computer.`
          : `Imported from ${from}.`,
      };
      record = { ...record, numbers: figures, timeline: capped([...record.timeline, imported]) };
      // Ready means checked on THIS computer: the carrier PIN does not travel, and the numbers
      // may clash with orders here. Decided before writing, so the order is written once.
      const check = checkOrder(toOrder({ ...record, listRevision: 0 }), now());
      if (record.status === 'ready' && check.issues.length > 0) {
        const note = `Back to draft: ${check.issues.length} answer${check.issues.length === 1 ? '' : 's'} to check on this computer (the carrier PIN never travels in the file).`;
        record = {
          ...record,
          status: 'draft',
          readyAt: undefined,
          timeline: capped([...record.timeline, { at: stamp, status: 'draft', by: 'app', note }]),
        };
      }
      const filesDir = orderFilesDir(ordersDir, id);
      try {
        if (scan && record.signedScan) {
          mkdirSync(filesDir, { recursive: true });
          writeFileSync(join(filesDir, record.signedScan.storedAs), scanBytes!);
        }
        if (documents.length > 0) mkdirSync(filesDir, { recursive: true });
        for (const { doc, bytes } of documents) writeFileSync(join(filesDir, doc.storedAs), bytes);
        const carried =
          file.carrierRecord && receiveCarrierRecord(file.carrierRecord, filesDir, now());
        repo.create(record, list, carried);
      } catch (error) {
        // Refused (a full disk): nothing of it stays, so importing the file again is not taken for a copy.
        rmSync(filesDir, { recursive: true, force: true });
        throw error instanceof UserFacingError ? error : notSavedError('Port order', error);
      }
      return { cancelled: false, order: orders.get(id), asCopy };
    },
  };
}

/** The `.portorder` channels, answered by this service. */
export function handOffHandlers(handOff: HandOffService): HandlersOf<typeof handOffChannels> {
  return {
    exportOrderFile: ({ id }) => handOff.exportFile(id),
    importOrderFile: () => handOff.importFile(),
  };
}
