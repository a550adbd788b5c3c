import { docLinks } from '@shared/external-links';
import { Menu, type MenuItemConstructorOptions } from 'electron';

import { openAllowedExternal } from './security';

/** The native menu: the platform's standard roles, plus help links to the public docs. */
export function buildAppMenu(isMac: boolean, showDevTools: boolean): Menu {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (showDevTools)
    view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' });

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'Port orders (Microsoft Learn)',
          click: () => openAllowedExternal(docLinks.portOrders),
        },
        {
          label: 'Port-out PIN (Microsoft Learn)',
          click: () => openAllowedExternal(docLinks.portOutPin),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
