import { join } from 'node:path';

import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import type { AppInfo } from '@shared/schemas/app-info';
import { emptyNumbersSummary } from '@shared/schemas/numbers';
import { defaultSettings, type Settings, settingsSchema } from '@shared/schemas/settings';
import type { StartupNotice } from '@shared/schemas/startup-notice';
import metadata from 'libphonenumber-js/metadata.max.json';
import type { z } from 'zod';

import type { Handlers } from '../ipc-dispatcher';
import type { CreateConf } from '../storage/conf-like';
import { type DocumentStore, openDocument } from '../storage/document-store';
import type { SecretBox } from '../storage/secret-box';
import { createDocumentsService } from './documents/documents-service';
import { createHandOffService } from './documents/hand-off';
import { createHandlers, type Dialogs } from './handlers';
import { createNumbersService } from './orders/numbers-service';
import { numbersDocSchema, openNumbersStore } from './orders/numbers-store';
import { createLifecycleService } from './orders/order-lifecycle';
import { orderRecordSchema } from './orders/order-record';
import { openOrderStore } from './orders/order-store';
import { createOrdersService } from './orders/orders-service';
import { splitOrder } from './orders/split-order';
import {
  createOrganizationsService,
  defaultOrganizations,
  organizationsDocSchema,
} from './organizations-service';
import { type Clipboard, createPinService, defaultPins, pinsDocSchema } from './pin-service';
import { createSettingsService } from './settings-service';
import { createStartupNoticeService, noticeForRecovery } from './startup-notices';
import { defaultWindowState, type WindowState, windowStateSchema } from './window-state';

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
}

export interface AppServices {
  handlers: Handlers;
  settings: DocumentStore<Settings>;
  windowState: DocumentStore<WindowState>;
  /** Writes every pending change; called on quit and before a restart in tests. */
  flushAll(): void;
}

/**
 * Opens every data file and builds the IPC handlers. Runs under Electron and, unchanged,
 * under Node in tests, which is how a "restart" is tested: flush, then open again.
 */
export function openAppServices(deps: AppServiceDeps): AppServices {
  const open = <T>(name: string, schema: z.ZodType<T>, defaults: T, dir = deps.dataDir) =>
    openDocument<T>({
      createConf: deps.createConf,
      dir,
      name,
      schema,
      defaults,
      now: deps.now,
      onWriteError: (error) => deps.logError(`Could not save ${name}`, error),
    });
  const settings = open('settings', settingsSchema, defaultSettings);
  const windowState = open('window-state', windowStateSchema, defaultWindowState);
  const organizationsDoc = open('organizations', organizationsDocSchema, defaultOrganizations);
  const pins = open('pins', pinsDocSchema, defaultPins);
  const ordersDir = join(deps.dataDir, 'orders');
  const orderStore = openOrderStore(
    ordersDir,
    (name, initial) => open(name, orderRecordSchema.nullable(), initial, ordersDir),
    deps.now,
  );
  const numbersStore = openNumbersStore(
    orderStore.all().map((r) => r.id),
    (name) => open(name, numbersDocSchema, { source: '' }, ordersDir),
  );
  // A list that had to be set aside starts empty: its figures must say so too.
  for (const id of numbersStore.recoveredIds)
    orderStore.update(id, (r) => ({ ...r, numbers: emptyNumbersSummary, progress: undefined }));
  // Each document with the words a start-up notice uses for it.
  const documents: [string, DocumentStore<unknown>][] = [
    ['Settings', settings],
    ['Window size and position', windowState],
    ['Organizations', organizationsDoc],
    ['Port-out PIN records', pins],
  ];

  const notices: StartupNotice[] = [
    ...documents.flatMap(([label, doc]) =>
      doc.recovery ? [noticeForRecovery(label, doc.recovery)] : [],
    ),
    ...orderStore.recoveries.map((recovery) =>
      noticeForRecovery('Port order', recovery, {
        title: 'A port order could not be opened',
        action: 'left it out of the Port orders list',
      }),
    ),
    ...numbersStore.recoveries.map((recovery) =>
      noticeForRecovery('Numbers', recovery, {
        title: "A port order's number list could not be read",
        action: 'started that order with an empty list',
      }),
    ),
  ];
  const organizations = createOrganizationsService(organizationsDoc);

  const orders = createOrdersService({
    store: orderStore,
    listHas: (id, e164) => numbersStore.set(id).has(e164),
    organizations,
    box: deps.secretBox,
    now: deps.now,
  });
  const numbers = createNumbersService({
    store: orderStore,
    numbers: numbersStore,
    classify: createNanpClassifier(metadata),
    edit: orders.edit,
  });
  const files = {
    store: orderStore,
    orders,
    numbers,
    ordersDir,
    dialogs: deps.dialogs,
    now: deps.now,
  };
  const handlers = createHandlers({
    appInfo: deps.appInfo,
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
    dialogs: deps.dialogs,
    numbers,
    split: (id) => splitOrder(id, { orders, numbers, store: numbersStore }),
    lifecycle: createLifecycleService({
      store: orderStore,
      orders,
      numbers,
      numbersStore,
      now: deps.now,
    }),
    documents: createDocumentsService({ ...files, openPath: deps.openPath }),
    handOff: createHandOffService({ ...files, numbersStore, appVersion: deps.appInfo.version }),
  });
  return {
    handlers,
    settings,
    windowState,
    flushAll() {
      for (const [, doc] of documents) doc.flush();
      orderStore.flushAll();
      numbersStore.flushAll();
    },
  };
}
