import type { Handlers } from '@shared/contract';

import { appHandlers, type AppServiceDeps } from './app-service';
import {
  carrierRecordHandlers,
  type CarrierRecordService,
} from './carrier-record/carrier-record-service';
import { documentHandlers, type DocumentsService } from './documents/documents-service';
import { handOffHandlers, type HandOffService } from './documents/hand-off';
import { numbersHandlers, type NumbersService } from './orders/numbers-service';
import { type LifecycleService, orderStatusHandlers } from './orders/order-lifecycle';
import { orderHandlers, type OrdersService } from './orders/orders-service';
import { organizationHandlers, type OrganizationsService } from './organizations-service';
import { pinHandlers, type PinService } from './pin-service';
import { settingsHandlers, type SettingsService } from './settings-service';
import { startupNoticeHandlers, type StartupNoticeService } from './startup-notices';

export interface HandlerServices {
  app: AppServiceDeps;
  settings: SettingsService;
  notices: StartupNoticeService;
  organizations: OrganizationsService;
  pin: PinService;
  orders: OrdersService;
  numbers: NumbersService;
  split: (id: string) => { created: string[] };
  lifecycle: LifecycleService;
  documents: DocumentsService;
  handOff: HandOffService;
  carrierRecord: CarrierRecordService;
}

/**
 * Every channel of the contract, each answered by the service that owns its group (the
 * handlers live beside each service). A group missing here, or a channel missing in a
 * group, is a compile error: `Handlers` requires one function per channel.
 */
export function createHandlers(services: HandlerServices): Handlers {
  return {
    ...appHandlers(services.app),
    ...settingsHandlers(services.settings),
    ...startupNoticeHandlers(services.notices),
    ...organizationHandlers(services.organizations),
    ...pinHandlers(services.pin),
    ...orderHandlers(services.orders),
    ...numbersHandlers(services.numbers, services.split),
    ...orderStatusHandlers(services.lifecycle),
    ...documentHandlers(services.documents),
    ...handOffHandlers(services.handOff),
    ...carrierRecordHandlers(services.carrierRecord),
  };
}
