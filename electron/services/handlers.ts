import type { AppInfo } from '../../shared/schemas/app-info';
import type { Handlers } from '../ipc-dispatcher';
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
  };
}
