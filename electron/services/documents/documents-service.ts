import { constants, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { notSavedError } from '@main/storage/write-errors';
import { carrierRecordLines } from '@shared/carrier-record/record-summary';
import { type HandlersOf } from '@shared/contract/channel';
import type { documentChannels } from '@shared/contract/documents';
import { UserFacingError } from '@shared/ipc-error';
import { answersChecked } from '@shared/order/lifecycle';
import { type LoaVersion, loaVersionsFor } from '@shared/schemas/documents';
import type { Order } from '@shared/schemas/order';

import { carrierRecordOf } from '../carrier-record/record-of-order';
import type { Dialogs } from '../dialogs';
import { safeFileStem, writeNumbersCsv } from '../orders/numbers-files';
import type { NumbersService } from '../orders/numbers-service';
import { orderFilesDir } from '../orders/order-files';
import type { OrderRepository } from '../orders/order-repository';
import type { OrdersService } from '../orders/orders-service';
import { loaLetterFor } from './loa-letter';
import { buildLoaPdf } from './loa-pdf';
import { makeNewFolder } from './new-folder';
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
  const letter = (order: Order, version: LoaVersion) =>
    buildLoaPdf(loaLetterFor(order, numbers.usable(order.id), version));
  const versionsOf = (order: Order) => loaVersionsFor(order.answers.location.country);
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
      const readyOnly = () => {
        if (checked(id, 'Signed letter').status !== 'ready') {
          throw new UserFacingError(
            'not-allowed',
            'Signed letter: it is attached while the order is Ready to submit; once submitted, the letter that was sent stays on record.',
          );
        }
      };
      readyOnly();
      const path = await dialogs.chooseScanFile();
      if (path === undefined) return { cancelled: true };
      readyOnly(); // again: the order may have changed while the dialog was open
      const scan = storeSignedScan(path, orderFilesDir(ordersDir, id), now());
      repo.annotate(id, () => ({ signedScan: scan }), {
        note: `Signed letter attached: ${scan.fileName}.`,
      });
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
      const stem = safeFileStem(order.answers.account.orderName);
      const folder = makeNewFolder(parent, `${stem} - submission package`);
      const write = (name: string, data: string | Uint8Array) => (
        writeFileSync(join(folder, name), data, { flag: 'wx' }),
        name
      );
      let csv: string[];
      let letters: string[];
      let scan: string | undefined;
      try {
        csv = writeNumbersCsv(folder, stem, list, withHeader);
        letters = versions.map((v, i) => write(`${stem} ${letterNames[v]}.pdf`, pdfs[i]!));
        scan =
          source && order.signedScan ? `${stem} signed LOA.${order.signedScan.kind}` : undefined;
        if (source && scan) copyFileSync(source, join(folder, scan), constants.COPYFILE_EXCL);
        write(
          'Summary.txt',
          summaryText(order, now(), carrierRecordLines(carrierRecordOf(repo, id, now()))),
        );
        write('How to submit.txt', howToSubmitText(order, list.length, { csv, letters, scan }));
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
        files: [...csv, ...letters, ...(scan ? [scan] : []), 'Summary.txt', 'How to submit.txt'],
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
  };
}
