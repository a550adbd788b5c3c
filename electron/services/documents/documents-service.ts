import { constants, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { notSavedError } from '@main/storage/write-errors';
import { carrierRecordLines } from '@shared/carrier-record/record-summary';
import { type HandlersOf } from '@shared/contract/channel';
import type { documentChannels } from '@shared/contract/documents';
import { UserFacingError } from '@shared/ipc-error';
import { answersChecked, canEditAfterSubmit, canEditAnswers } from '@shared/order/lifecycle';
import { type LoaVersion, loaVersionsFor } from '@shared/schemas/documents';
import { type DocumentKind, maxDocuments, type Order } from '@shared/schemas/order';
import { orderStatusLabels } from '@shared/schemas/order-status';

import { carrierRecordOf } from '../carrier-record/record-of-order';
import type { Dialogs } from '../dialogs';
import { detachCurrentScan } from '../orders/detached-scans';
import { safeFileStem, writeNumbersCsv } from '../orders/numbers-files';
import type { NumbersService } from '../orders/numbers-service';
import { orderFilesDir } from '../orders/order-files';
import type { OrderRepository } from '../orders/order-repository';
import type { OrdersService } from '../orders/orders-service';
import { loaLetterFor } from './loa-letter';
import { makeNewFolder } from './new-folder';
import { storedDocumentPath, storeOrderDocument } from './order-documents';
import { storedScanPath, storeSignedScan } from './signed-scan';
import { howToSubmitText, summaryText } from './summary-text';

export interface DocumentsDeps {
  repo: OrderRepository;
  orders: OrdersService;
  numbers: NumbersService;
  ordersDir: string;
  dialogs: Dialogs;
  /** Opens a file or folder with the OS (the PDF viewer to print, the file manager for a package). */
  openPath: (path: string) => void;
  now: () => Date;
}

const letterNames: Record<LoaVersion, string> = {
  'us-en': 'LOA',
  'ca-en': 'LOA (English)',
  'ca-fr': 'LOA (français)',
};

type Cancelled = { cancelled: true };

/** The papers a submission needs: the letter of authorization, the signed scan, and the package for the admin center. */
export interface DocumentsService {
  /** Writes the letter beside the order and opens it in the PDF viewer, for printing and signing. */
  openLoa(id: string, version: LoaVersion): Promise<{ file: string }>;
  attachScan(id: string): Promise<Cancelled | { cancelled: false; order: Order }>;
  openScan(id: string): { file: string };
  /** One folder with everything the submission needs, opened in the file manager. */
  exportPackage(
    id: string,
    withHeader: boolean,
  ): Promise<Cancelled | { cancelled: false; folder: string; files: string[] }>;
  attachDocument(
    id: string,
    kind: DocumentKind,
  ): Promise<Cancelled | { cancelled: false; order: Order }>;
  removeDocument(id: string, storedAs: string): Order;
  openDocument(id: string, storedAs: string): { file: string };
}

export function createDocumentsService({
  repo,
  orders,
  numbers,
  ordersDir,
  dialogs,
  openPath,
  now,
}: DocumentsDeps): DocumentsService {
  /** The order, if its answers were checked: a letter or package must never carry an answer that fails the rules. */
  const checked = (id: string, what: string): Order => {
    const order = orders.get(id);
    if (!answersChecked(order.status)) {
      throw new UserFacingError(
        'not-allowed',
        `${what}: finish the order on Review first. PortDesk fills it from checked answers only.`,
      );
    }
    orders.assertStillChecked(id, what);
    return order;
  };
  const letter = async (order: Order, version: LoaVersion) => {
    // Loaded when a letter is first made, not at start: pdf-lib and its fonts are 0.9 MB that
    // every start compiled before the window could open (`npm run bench`, start on the double).
    const { buildLoaPdf } = await import('./loa-pdf');
    return buildLoaPdf(loaLetterFor(order, numbers.usable(order.id), version));
  };
  const versionsOf = (order: Order) => loaVersionsFor(order.answers.getStarted.country);
  const filesDir = (id: string) => orderFilesDir(ordersDir, id);
  /** Documents are the order's answers' companions: added while its answers may change. */
  const editable = (id: string, what: string): Order => {
    const order = orders.get(id);
    if (!canEditAnswers(order.status) && !canEditAfterSubmit(order.status))
      throw new UserFacingError(
        'not-allowed',
        `${what}: this order is ${orderStatusLabels[order.status]}; its documents can no longer change.`,
      );
    return order;
  };
  const documentOf = (order: Order, storedAs: string) => {
    const doc = order.documents.find((d) => d.storedAs === storedAs);
    if (!doc)
      throw new UserFacingError('not-found', 'Document: it is no longer attached to this order.');
    return doc;
  };
  const scanPath = (order: Order) =>
    order.signedScan
      ? storedScanPath(orderFilesDir(ordersDir, order.id), order.signedScan)
      : undefined;

  return {
    /** Writes the letter beside the order and opens it in the PDF viewer, for printing and signing. */
    async openLoa(id: string, version: LoaVersion): Promise<{ file: string }> {
      const order = checked(id, 'Letter of authorization');
      if (!versionsOf(order).includes(version)) {
        throw new UserFacingError(
          'invalid-input',
          'Letter of authorization: that version is not the one for the order’s country.',
        );
      }
      const bytes = await letter(order, version);
      const dir = orderFilesDir(ordersDir, id);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `loa-${version}.pdf`);
      writeFileSync(file, bytes);
      openPath(file);
      return { file };
    },
    async attachScan(
      id: string,
    ): Promise<{ cancelled: true } | { cancelled: false; order: Order }> {
      // Before or after submitting (a letter signed again after an edit, say), never once the order is closed.
      const open = () => {
        const { status } = checked(id, 'Signed letter');
        if (status === 'completed' || status === 'cancelled')
          throw new UserFacingError(
            'not-allowed',
            `Signed letter: this order is ${orderStatusLabels[status]}; the letter that was sent stays on record.`,
          );
      };
      open();
      const path = await dialogs.chooseScanFile();
      if (path === undefined) return { cancelled: true };
      open(); // again: the order may have changed while the dialog was open
      const scan = storeSignedScan(path, orderFilesDir(ordersDir, id), now());
      // A scan signed after the letter changed is the new signature the mark asked for. Once
      // submitted, the scan it replaces was sent: it stays listed with the order's detached scans.
      const before = orders.get(id);
      const sent = answersChecked(before.status) && before.status !== 'ready';
      repo.annotate(
        id,
        (record) => ({
          signedScan: scan,
          letterChanged: undefined,
          ...(sent ? { detachedScans: detachCurrentScan(record) } : {}),
        }),
        {
          note:
            sent && before.signedScan
              ? `Signed letter attached: ${scan.fileName}; the one sent before, ${before.signedScan.fileName}, stays listed and in the order's folder.`
              : `Signed letter attached: ${scan.fileName}.`,
        },
      );
      return { cancelled: false, order: orders.get(id) };
    },
    openScan(id: string): { file: string } {
      const file = scanPath(orders.get(id));
      if (!file)
        throw new UserFacingError(
          'not-found',
          'Signed letter: none is attached to this order yet.',
        );
      openPath(file);
      return { file };
    },
    async attachDocument(id, kind) {
      const room = () => {
        if (editable(id, 'Document').documents.length >= maxDocuments)
          throw new UserFacingError(
            'not-allowed',
            `Documents: an order keeps at most ${maxDocuments}; remove one first.`,
          );
      };
      room();
      const path = await dialogs.chooseDocumentFile();
      if (path === undefined) return { cancelled: true };
      room(); // again: the order may have changed while the dialog was open
      const doc = storeOrderDocument(path, kind, filesDir(id), now());
      repo.annotate(id, (r) => ({ documents: [...r.documents, doc] }), {
        note: `Document attached: ${doc.fileName}.`,
      });
      return { cancelled: false, order: orders.get(id) };
    },
    removeDocument(id, storedAs) {
      const doc = documentOf(editable(id, 'Document'), storedAs);
      // The file stays in the order's folder: only the order lets go of it.
      repo.annotate(
        id,
        (r) => ({ documents: r.documents.filter((d) => d.storedAs !== storedAs) }),
        { note: `Document removed: ${doc.fileName} (its file stays in the order's folder).` },
      );
      return orders.get(id);
    },
    openDocument(id, storedAs) {
      const file = storedDocumentPath(filesDir(id), documentOf(orders.get(id), storedAs));
      openPath(file);
      return { file };
    },
    /** One folder with everything the submission needs, opened in the file manager. */
    async exportPackage(
      id: string,
      withHeader: boolean,
    ): Promise<{ cancelled: true } | { cancelled: false; folder: string; files: string[] }> {
      const order = checked(id, 'Submission package');
      const list = numbers.usable(id);
      // Built before the folder is chosen, so a refusal leaves nothing half-written behind.
      const versions = versionsOf(order);
      const pdfs = await Promise.all(versions.map((v) => letter(order, v)));
      // Checked before the folder is made too: a scan moved away by hand is named, not half copied.
      const source = scanPath(order);
      const parent = await dialogs.chooseExportFolder();
      if (parent === undefined) return { cancelled: true };
      const docSources = order.documents.map((d) => storedDocumentPath(filesDir(id), d));
      const stem = safeFileStem(order.answers.details.orderName);
      const folder = makeNewFolder(parent, `${stem} - submission package`);
      const write = (name: string, data: string | Uint8Array) => (
        writeFileSync(join(folder, name), data, { flag: 'wx' }),
        name
      );
      let csv: string[];
      let letters: string[];
      let scan: string | undefined;
      let docs: string[] = [];
      try {
        csv = writeNumbersCsv(folder, stem, list, withHeader);
        letters = versions.map((v, i) => write(`${stem} ${letterNames[v]}.pdf`, pdfs[i]!));
        scan =
          source && order.signedScan ? `${stem} signed LOA.${order.signedScan.kind}` : undefined;
        if (source && scan) copyFileSync(source, join(folder, scan), constants.COPYFILE_EXCL);
        docs = order.documents.map((d, i) => {
          const name = `${stem} ${d.kind === 'bill' ? 'bill' : 'carrier record'} ${i + 1}.pdf`;
          copyFileSync(docSources[i]!, join(folder, name), constants.COPYFILE_EXCL);
          return name;
        });
        write(
          'Summary.txt',
          summaryText(order, now(), list, carrierRecordLines(carrierRecordOf(repo, id, now()))),
        );
        const sameAccount = orders.sameAccount(id).orders[0]?.name;
        write(
          'How to submit.txt',
          howToSubmitText(order, list.length, { csv, letters, scan, documents: docs, sameAccount }),
        );
      } catch (error) {
        // A package is whole or not at all: the folder was made for it, so it goes.
        rmSync(folder, { recursive: true, force: true });
        throw error instanceof UserFacingError
          ? error
          : notSavedError('The submission package', error);
      }
      openPath(folder);
      return {
        cancelled: false,
        folder,
        files: [
          ...csv,
          ...letters,
          ...(scan ? [scan] : []),
          ...docs,
          'Summary.txt',
          'How to submit.txt',
        ],
      };
    },
  };
}

/** The document channels, answered by this service. */
export function documentHandlers(documents: DocumentsService): HandlersOf<typeof documentChannels> {
  return {
    openLoa: ({ id, version }) => documents.openLoa(id, version),
    attachSignedScan: ({ id }) => documents.attachScan(id),
    openSignedScan: ({ id }) => documents.openScan(id),
    exportSubmissionPackage: ({ id, withHeader }) => documents.exportPackage(id, withHeader),
    attachOrderDocument: ({ id, kind }) => documents.attachDocument(id, kind),
    removeOrderDocument: ({ id, storedAs }) => documents.removeDocument(id, storedAs),
    openOrderDocument: ({ id, storedAs }) => documents.openDocument(id, storedAs),
  };
}
