import type { AppInfo } from '@shared/schemas/app-info';

import type { Handlers } from '../ipc-dispatcher';
import type { Dialogs } from './dialogs';
import type { DocumentsService } from './documents/documents-service';
import type { HandOffService } from './documents/hand-off';
import { readNumbersFile } from './orders/numbers-files';
import type { NumbersService } from './orders/numbers-service';
import type { LifecycleService } from './orders/order-lifecycle';
import type { OrdersService } from './orders/orders-service';
import type { OrganizationsService } from './organizations-service';
import type { PinService } from './pin-service';
import type { SettingsService } from './settings-service';
import type { StartupNoticeService } from './startup-notices';

export interface HandlerServices {
  appInfo: AppInfo;
  settings: SettingsService;
  notices: StartupNoticeService;
  organizations: OrganizationsService;
  pin: PinService;
  orders: OrdersService;
  numbers: NumbersService;
  dialogs: Dialogs;
  split: (id: string) => { created: string[] };
  lifecycle: LifecycleService;
  documents: DocumentsService;
  handOff: HandOffService;
}

/** Maps each channel of the contract to the service that answers it. */
export function createHandlers(services: HandlerServices): Handlers {
  return {
    getAppInfo: () => services.appInfo,
    getSettings: () => services.settings.get(),
    updateSettings: (patch) => services.settings.update(patch),
    getStartupNotices: () => services.notices.list(),
    dismissStartupNotice: ({ id }) => services.notices.dismiss(id),
    revealStartupNoticeBackup: ({ id }) => services.notices.revealBackup(id),
    listOrganizations: () => services.organizations.list(),
    saveOrganization: (draft) => services.organizations.save(draft),
    activateOrganization: ({ id }) => services.organizations.activate(id),
    getPinStatus: () => services.pin.status(),
    setPin: ({ pin }) => services.pin.set(pin),
    copyPinToClipboard: () => services.pin.copyToClipboard(),
    listOrders: () => services.orders.list(),
    createOrder: () => services.orders.create(),
    getOrder: ({ id }) => services.orders.get(id),
    saveOrderStep: (input) => services.orders.saveStep(input),
    visitOrderStep: ({ id, step }) => services.orders.visit(id, step),
    setCarrierPin: ({ id, pin }) => services.orders.setCarrierPin(id, pin),
    finishOrder: ({ id }) => services.orders.finish(id),
    duplicateOrder: ({ id }) => services.orders.duplicate(id),
    deleteOrder: ({ id }) => services.orders.remove(id),
    restoreOrder: ({ id }) => services.orders.restore(id),
    getOrderNumbers: ({ id }) => services.numbers.get(id),
    saveOrderNumbers: ({ id, source }) => services.numbers.save(id, source),
    exportOrderNumbers: ({ id, withHeader }) =>
      services.numbers.export(id, withHeader, services.dialogs.chooseExportFolder),
    splitOrderNumbers: ({ id }) => services.split(id),
    recordOrderStatus: (input) => services.lifecycle.record(input),
    recreateOrder: ({ id }) => services.lifecycle.recreate(id),
    markOrderStepChecked: ({ id, step }) => services.lifecycle.markChecked(id, step),
    openLoa: ({ id, version }) => services.documents.openLoa(id, version),
    attachSignedScan: ({ id }) => services.documents.attachScan(id),
    openSignedScan: ({ id }) => services.documents.openScan(id),
    exportSubmissionPackage: ({ id, withHeader }) =>
      services.documents.exportPackage(id, withHeader),
    exportOrderFile: ({ id }) => services.handOff.exportFile(id),
    importOrderFile: () => services.handOff.importFile(),
    openNumbersFile: async () => {
      const path = await services.dialogs.chooseNumbersFile();
      return path === undefined ? { cancelled: true as const } : readNumbersFile(path);
    },
  };
}
