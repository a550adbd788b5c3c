import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect } from 'react';

import { OrderListPage } from './features/order-list/order-list-page';
import { PinPage } from './features/pin/pin-page';
import { SettingsPage } from './features/settings/settings-page';
import { WizardPage } from './features/wizard/wizard-page';
import { AppFrame } from './shell/app-frame';
import { useColorScheme } from './shell/use-color-scheme';
import { type Page, useAppStore } from './stores/app-store';

const pages: Record<Page, () => React.JSX.Element> = {
  orders: OrderListPage,
  wizard: WizardPage,
  pin: PinPage,
  settings: SettingsPage,
};

/** The root: theme (the admin's choice or the OS's), the frame, and the current page. */
export function App(): React.JSX.Element {
  const { settings, page, load, loadError } = useAppStore();
  const scheme = useColorScheme(settings?.theme);
  useEffect(() => {
    void load();
  }, [load]);

  const CurrentPage = pages[page];
  return (
    <FluentProvider
      theme={scheme === 'dark' ? webDarkTheme : webLightTheme}
      style={{ height: '100%' }}
    >
      {settings ? (
        <AppFrame>
          <CurrentPage />
        </AppFrame>
      ) : loadError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>PortDesk could not open</MessageBarTitle>
            {loadError}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Spinner label="Opening PortDesk…" style={{ paddingTop: 120 }} />
      )}
    </FluentProvider>
  );
}
