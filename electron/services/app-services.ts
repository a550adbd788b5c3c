import { join } from 'node:path';

import type { CreateConf } from '@main/storage/conf-like';
import { type DocumentRead, type DocumentStore, openDocument } from '@main/storage/document-store';
import { carrierRecordFormat } from '@main/storage/formats/carrier-record';
import { orderFormat } from '@main/storage/formats/order';
import {
  numbersListFormat,
  organizationsFormat,
  pinsFormat,
  settingsFormat,
  windowStateFormat,
} from '@main/storage/formats/small-files';
import type { SecretBox } from '@main/storage/secret-box';
import type { StoredFormat } from '@main/storage/stored-format';
import { removeTempFiles } from '@main/storage/temp-files';
import { type Handlers } from '@shared/contract';
import { createForeignNamer } from '@shared/numbers/foreign-number';
import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import { canEditAnswers } from '@shared/order/lifecycle';
import type { AppInfo } from '@shared/schemas/app-info';
import type { CarrierRecordFile } from '@shared/schemas/carrier-record';
import { defaultSettings, type Settings } from '@shared/schemas/settings';
import type { StartupNotice } from '@shared/schemas/startup-notice';
import metadata from 'libphonenumber-js/metadata.max.json';

import { createCarrierRecordService } from './carrier-record/carrier-record-service';
import type { Dialogs } from './dialogs';
import { createDocumentsService } from './documents/documents-service';
import { createHandOffService } from './documents/hand-off';
import { createHandlers } from './handlers';
import { createNumbersService } from './orders/numbers-service';
import { isListFile, ordersDir as ordersDirOf } from './orders/order-files';
import { createLifecycleService } from './orders/order-lifecycle';
import { openOrderProgress, progressCacheName } from './orders/order-progress';
import type { OrderRecord } from './orders/order-record';
import { openOrderRepository } from './orders/order-repository';
import { type OrdersReadAhead } from './orders/orders-read-ahead';
import { createOrdersService } from './orders/orders-service';
import { refreshDraftFigures } from './orders/refresh-figures';
import { splitOrder } from './orders/split-order';
import { createOrganizationsService, defaultOrganizations } from './organizations-service';
import { type Clipboard, createPinService, defaultPins } from './pin-service';
import { createSettingsService } from './settings-service';
import { createStartupNoticeService, noticeForRecovery } from './startup-notices';
import { defaultWindowState, type WindowState } from './window-state';

/** What main-side services need from the outside world; Electron supplies it in the app, tests supply temp folders. */
export interface AppServiceDeps {
  dataDir: string;
  createConf: CreateConf;
  now: () => Date;
  appInfo: AppInfo;
  revealPath: (path: string) => void;
  /** Opens a file or folder with the OS: the PDF viewer, the file manager. */
  openPath: (path: string) => void;
  onSettingsChange?: (settings: Settings) => void;
  logError: (message: string, error: unknown) => void;
  secretBox: SecretBox;
  clipboard: Clipboard;
  later: (task: () => void, ms: number) => void;
  dialogs: Dialogs;
  /** Order files read while the window loaded (`readOrdersAhead`); the rest are read as they open. */
  ordersReadAhead?: OrdersReadAhead;
}

export interface AppServices {
  handlers: Handlers;
  settings: DocumentStore<Settings>;
  windowState: DocumentStore<WindowState>;
  /**
   * Writes what is still pending. Every acknowledged change is on disk already; only the
   * window's size and position wait (they are written a moment after the window moves).
   */
  flushAll(): void;
}

/** The two documents the window needs before it opens: its size and place, and the theme. */
export interface WindowDocuments {
  settings: DocumentStore<Settings>;
  windowState: DocumentStore<WindowState>;
}

type DocumentDeps = Pick<AppServiceDeps, 'dataDir' | 'createConf' | 'now' | 'logError'>;

/** Opens a document of the data folder (or of `dir`), its write failures logged under its name. */
function documentOpener(deps: DocumentDeps) {
  return <T>(
    name: string,
    format: StoredFormat<T>,
    defaults: T,
    dir = deps.dataDir,
    readAhead?: DocumentRead<T>,
  ): DocumentStore<T> =>
    openDocument<T>({
      createConf: deps.createConf,
      dir,
      name,
      format,
      defaults,
      now: deps.now,
      onWriteError: (error) => deps.logError(`Could not save ${name}`, error),
      readAhead,
    });
}

/**
 * Opens the settings and the window's size and place: all the window needs, so it can start
 * loading while the orders are still being read (`readOrdersAhead`).
 */
export function openWindowDocuments(deps: DocumentDeps): WindowDocuments {
  // A crash between a temp file's write and its rename leaves it behind; it never held anything acknowledged.
  removeTempFiles(deps.dataDir);
  const open = documentOpener(deps);
  return {
    settings: open('settings', settingsFormat, defaultSettings),
    windowState: open('window-state', windowStateFormat, defaultWindowState),
  };
}

/**
 * Opens every data file and builds the IPC handlers. Runs under Electron and, unchanged,
 * under Node in tests, which is how a "restart" is tested: open again on the same folder.
 */
export function openAppServices(
  deps: AppServiceDeps,
  { settings, windowState } = openWindowDocuments(deps),
): AppServices {
  const ordersDir = ordersDirOf(deps.dataDir);
  removeTempFiles(ordersDir);
  const open = documentOpener(deps);
  const organizationsDoc = open('organizations', organizationsFormat, defaultOrganizations);
  const pins = open('pins', pinsFormat, defaultPins);
  const reads = deps.ordersReadAhead?.reads;
  const repo = openOrderRepository({
    dir: ordersDir,
    repaired: deps.ordersReadAhead?.repaired,
    // An order has no defaults: a missing or unusable file is reported, never read.
    openOrder: (name) => {
      const readAhead = reads?.get(name);
      reads?.delete(name);
      return open<OrderRecord>(name, orderFormat, undefined as never, ordersDir, readAhead);
    },
    openList: (name) => open(name, numbersListFormat, { source: '' }, ordersDir),
    // No defaults: a missing file is an order with no carrier record yet.
    openCarrierRecord: (name) =>
      open<CarrierRecordFile>(name, carrierRecordFormat, undefined as never, ordersDir),
    now: deps.now,
  });
  const numbers = createNumbersService({
    repo,
    dialogs: deps.dialogs,
    classify: createNanpClassifier(metadata),
    foreign: createForeignNamer(metadata),
  });
  refreshDraftFigures(repo, numbers, deps.logError);
  // Each draft's steps complete, from the cache or checked now: the first list checks no rules.
  const progress = openOrderProgress(join(deps.dataDir, progressCacheName), deps.appInfo.version);
  progress.warm(
    repo.all().filter((r) => r.deletedAt === undefined && canEditAnswers(r.status)),
    deps.now(),
  );

  const documents: [string, DocumentStore<unknown>][] = [
    ['Settings', settings],
    ['Window size and position', windowState],
    ['Organizations', organizationsDoc],
    ['Port-out PIN records', pins],
  ];
  // A fresh (or reset) file is written at once, so a folder PortDesk may not write to is found at start.
  for (const [label, doc] of documents) {
    const reset = doc.recovery !== undefined && doc.recovery.reason !== 'newer-version';
    if (!doc.isNew && !reset) continue;
    try {
      doc.set(doc.get());
    } catch (error) {
      deps.logError(`Could not write ${label}`, error);
    }
  }
  const notices = (): StartupNotice[] => [
    ...documents.flatMap(([label, doc]) =>
      doc.recovery ? [noticeForRecovery(label, doc.recovery)] : [],
    ),
    ...repo.recoveries.map((recovery) =>
      isListFile(recovery.file)
        ? noticeForRecovery('Numbers', recovery, {
            title: "A port order's number list could not be read",
            action: 'started that order with an empty list',
          })
        : noticeForRecovery('Port order', recovery, {
            title: 'A port order could not be opened',
            action: 'left it out of the Port orders list',
          }),
    ),
  ];
  const organizations = createOrganizationsService(organizationsDoc);
  const orders = createOrdersService({
    repo,
    organizations,
    box: deps.secretBox,
    progress,
    now: deps.now,
  });
  const files = { repo, orders, numbers, ordersDir, dialogs: deps.dialogs, now: deps.now };
  const handlers = createHandlers({
    app: { appInfo: deps.appInfo, revealPath: deps.revealPath },
    settings: createSettingsService(settings, deps.onSettingsChange),
    notices: createStartupNoticeService(notices, deps.revealPath),
    organizations,
    pin: createPinService({
      doc: pins,
      organizations,
      box: deps.secretBox,
      now: deps.now,
      clipboard: deps.clipboard,
      later: deps.later,
    }),
    orders,
    numbers,
    split: (id) => splitOrder(id, { repo, orders, numbers }),
    lifecycle: createLifecycleService({ repo, ordersDir, orders, numbers, now: deps.now }),
    documents: createDocumentsService({ ...files, openPath: deps.openPath }),
    handOff: createHandOffService({
      ...files,
      appVersion: deps.appInfo.version,
      // The order's own organization travels (its id alone would mean nothing on another computer).
      organizationOf: (id) => {
        const org = organizations.list().organizations.find((o) => o.id === id);
        if (!org) return undefined;
        const { id: ours, ...details } = org;
        void ours; // this computer's id means nothing on another
        return details;
      },
      organizationNames: () => organizations.list().organizations.map((o) => o.name),
    }),
    carrierRecord: createCarrierRecordService(files),
  });
  return {
    handlers,
    settings,
    windowState,
    flushAll() {
      progress.flush();
      deps.ordersReadAhead?.checked.flush();
      // Called as the app quits: one file that cannot be written must not stop the others.
      for (const [label, doc] of documents) {
        try {
          doc.flush();
        } catch (error) {
          deps.logError(`Could not write ${label}`, error);
        }
      }
    },
  };
}
