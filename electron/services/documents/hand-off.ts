import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { portOrderFormat, portOrderFormatName } from '@main/storage/formats/portorder';
import { notSavedError } from '@main/storage/write-errors';
import { type HandlersOf } from '@shared/contract/channel';
import type { handOffChannels } from '@shared/contract/hand-off';
import { UserFacingError } from '@shared/ipc-error';
import { canEditAnswers } from '@shared/order/lifecycle';
import { groupsInOrderCountry } from '@shared/order/toll-free-country';
import type { ImportOrderFileResult } from '@shared/schemas/documents';
import { fitOrderName } from '@shared/schemas/order-answers';
import { writeFileSync as writeFileAtomic } from 'atomically';

import { carrierRecordToSend, receiveCarrierRecord } from '../carrier-record/record-hand-off';
import type { Dialogs } from '../dialogs';
import { safeFileStem } from '../orders/numbers-files';
import type { NumbersService } from '../orders/numbers-service';
import { idTaken, orderFilesDir } from '../orders/order-files';
import { type OrderRecord, toOrder } from '../orders/order-record';
import type { OrderRepository } from '../orders/order-repository';
import type { OrdersService } from '../orders/orders-service';
import { capped } from '../orders/timeline-cap';
import { firstIssueWords, readyCheckedHere, receivedFiles } from './hand-off-files';
import { updateFromHandOff } from './hand-off-update';
import { storedDocumentPath } from './order-documents';
import { type HandOffContent, maxHandOffBytes, readHandOff } from './read-hand-off';
import { storedScanPath } from './signed-scan';

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
  /** The organizations this computer has, by name: one already here is not offered again. */
  organizationNames?: () => string[];
}

type Cancelled = { cancelled: true };

/** An order in one `.portorder` file, to carry to another admin offline, and back in. */
export interface HandOffService {
  exportFile(id: string): Promise<Cancelled | { cancelled: false; file: string }>;
  /** With no choice: the order is imported, or, when it is here already, older and still a draft or ready, the admin is asked first. */
  importFile(whenAlreadyHere?: 'update' | 'copy'): Promise<ImportOrderFileResult>;
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
  organizationNames = () => [],
}: HandOffDeps): HandOffService {
  // The file the admin chose, kept while they choose between updating the order and a copy.
  let pendingPath: string | undefined;
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
      const text = JSON.stringify(
        { format: portOrderFormatName, schemaVersion: portOrderFormat.version, ...checked },
        null,
        1,
      );
      // An import refuses a file over this size: one that large is never written, and said before a name is asked.
      const size = Buffer.byteLength(text);
      if (size > maxHandOffBytes)
        throw new UserFacingError(
          'not-allowed',
          `Export: with its documents, signed letter and carrier record this order comes to ${Math.ceil(size / 1024 / 1024)} MB, more than a .portorder file carries (${maxHandOffBytes / 1024 / 1024} MB). Send the largest files on their own: remove them from the order (a document on the Documents step; its file stays in the order's folder), then export again.`,
        );
      const target = await dialogs.chooseOrderSaveFile(
        `${safeFileStem(order.answers.details.orderName)}.portorder`,
      );
      if (target === undefined) return { cancelled: true };
      // Through a temp file and a rename (atomically, as conf writes the data files): a write the
      // disk refuses half-way must not leave the file the admin chose to replace half-written.
      try {
        writeFileAtomic(target, text);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'a disk error';
        throw new UserFacingError(
          'not-saved',
          `Export: “${basename(target)}” could not be written (${code}). Choose another folder, or close the program that has the file open, then export again; a file already there was left as it was.`,
        );
      }
      return { cancelled: false, file: target };
    },
    async importFile(whenAlreadyHere) {
      const path = whenAlreadyHere ? pendingPath : await dialogs.chooseOrderFile();
      pendingPath = undefined;
      if (path === undefined) {
        if (whenAlreadyHere)
          throw new UserFacingError(
            'not-allowed',
            'Import: choose the .portorder file again; PortDesk no longer has the one you picked.',
          );
        return { cancelled: true };
      }
      const file = readHandOff(path);
      const from = basename(path);
      const here = repo.has(file.order.id)
        ? repo.get(file.order.id, { includeDeleted: true })
        : undefined;
      // Newer than the order here, which is still only on this computer: it can be brought up to date.
      const canUpdate =
        here !== undefined &&
        here.deletedAt === undefined &&
        canEditAnswers(here.status) &&
        file.order.updatedAt > here.updatedAt;
      if (canUpdate && whenAlreadyHere === undefined) {
        pendingPath = path;
        return {
          cancelled: true,
          alreadyHere: {
            id: here.id,
            name: here.answers.details.orderName.trim() || 'Untitled order',
            fileName: from,
          },
        };
      }
      if (canUpdate && whenAlreadyHere === 'update') {
        const { record, explanation } = updateFromHandOff(
          { repo, numbers, ordersDir, now },
          here,
          file,
          from,
        );
        return { cancelled: false, order: toOrder(record), asCopy: false, explanation };
      }
      const received = receivedFiles(file, from);
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
        signedScan: received.scan?.scan,
        documents: received.documents.map(({ doc }) => doc),
        // Earlier signed letters are listed as kept in the order's folder: theirs stayed on the
        // sender's computer, so the history names them instead (below).
        detachedScans: [],
        answers: asCopy
          ? {
              ...file.order.answers,
              details: { ...file.order.answers.details, orderName: fitOrderName(`${name} (copy)`) },
            }
          : file.order.answers,
      };
      const { btn, replacementBtn } = record.answers.btn;
      const { figures: listFigures, ...list } = numbers.prepare(
        id,
        file.numbers,
        btn,
        replacementBtn,
      );
      // The list is checked before the order is here: its toll-free numbers take the file's country.
      const figures = {
        ...listFigures,
        groups: groupsInOrderCountry(listFigures.groups, record.answers),
      };
      // Only an order still open here holds numbers (one deleted at an earlier start, or set aside, holds none).
      const shared = repo.has(fileId)
        ? [...list.numbers].filter((n) => repo.listNumbers(fileId).has(n)).length
        : 0;
      const explanation = asCopy
        ? `“${name}” is already on this computer, so the file came in as a copy, “${fitOrderName(`${name} (copy)`)}”.${shared > 0 ? ` ${shared === 1 ? 'Its 1 number is' : `Its ${shared} numbers are`} in “${name}” too, and a number goes in one order only: the copy shows ${shared === 1 ? 'it' : 'them'} as already in that order until one of the two lets ${shared === 1 ? 'it' : 'them'} go (delete the older one, or remove the numbers from it).` : ''}`
        : undefined;
      const imported = {
        at: stamp,
        status: record.status,
        by: 'admin' as const,
        note:
          (asCopy ? `Imported from ${from} as a copy. ${explanation}` : `Imported from ${from}.`) +
          leftWithSender(file.order.detachedScans),
      };
      record = { ...record, numbers: figures, timeline: capped([...record.timeline, imported]) };
      // Decided before writing, so the order is written once; said in the words of what is
      // wrong: the copy's numbers, or the first answer.
      record = readyCheckedHere(record, now(), (first) =>
        shared > 0 ? `its numbers are in “${name}” too` : firstIssueWords(first),
      );
      const filesDir = orderFilesDir(ordersDir, id);
      try {
        const { scan } = received;
        if (scan) {
          mkdirSync(filesDir, { recursive: true });
          writeFileSync(join(filesDir, scan.scan.storedAs), scan.bytes);
        }
        if (received.documents.length > 0) mkdirSync(filesDir, { recursive: true });
        for (const { doc, bytes } of received.documents)
          writeFileSync(join(filesDir, doc.storedAs), bytes);
        const carried =
          file.carrierRecord && receiveCarrierRecord(file.carrierRecord, filesDir, now());
        repo.create(record, list, carried);
      } catch (error) {
        // Refused (a full disk): nothing of it stays, so importing the file again is not taken for a copy.
        rmSync(filesDir, { recursive: true, force: true });
        throw error instanceof UserFacingError ? error : notSavedError('Port order', error);
      }
      const org = file.organization;
      const offer = org && !organizationNames().includes(org.name) ? org : undefined;
      return {
        cancelled: false,
        order: orders.get(id),
        asCopy,
        ...(explanation ? { explanation } : {}),
        ...(offer ? { organization: offer } : {}),
      };
    },
  };
}

/** The `.portorder` channels, answered by this service. */
export function handOffHandlers(handOff: HandOffService): HandlersOf<typeof handOffChannels> {
  return {
    exportOrderFile: ({ id }) => handOff.exportFile(id),
    importOrderFile: (input) => handOff.importFile(input?.whenAlreadyHere),
  };
}

/** The earlier signed letters a `.portorder` names but does not carry, for the import's history line. */
function leftWithSender(scans: readonly { fileName: string }[]): string {
  if (scans.length === 0) return '';
  const names = scans.map((s) => s.fileName).join(', ');
  return ` ${scans.length === 1 ? 'Its earlier signed letter' : 'Its earlier signed letters'} (${names}) stayed on the sender's computer.`;
}
