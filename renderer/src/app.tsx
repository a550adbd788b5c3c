import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { Suspense } from 'react';

import { pageComponent } from './pages';
import { AppFrame } from './shell/app-frame';
import { useColorScheme } from './shell/use-color-scheme';
import { useAppStore } from './stores/app-store';
import { useNavigation } from './stores/navigation';

/** The root: theme (the admin's choice or the OS's), the frame, and the current page. */
export function App(): React.JSX.Element {
  // Loaded as the page starts (main.tsx), before this first renders.
  const { settings, loadError } = useAppStore();
  const page = useNavigation((s) => s.page);
  const scheme = useColorScheme(settings?.theme);

  const CurrentPage = pageComponent(page);
  return (
    <FluentProvider
      theme={scheme === 'dark' ? webDarkTheme : webLightTheme}
      style={{ height: '100%' }}
    >
      {settings ? (
        <AppFrame>
          {/* A page opened for the first time is fetched first (pages.tsx): a moment, said plainly. */}
          <Suspense fallback={<Spinner label="Opening the page…" style={{ paddingTop: 120 }} />}>
            <CurrentPage />
          </Suspense>
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
