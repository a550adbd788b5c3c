import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app';
import { askForListAtStart } from './features/order-list/start-list';
import { useAppStore } from './stores/app-store';

// Asked before React's first render, the settings first: the frame can show (its theme is a
// setting) while main is still making the list (`npm run bench`, start on the Electron double).
void useAppStore.getState().load();
askForListAtStart();
const root = document.getElementById('root');
if (!root) throw new Error('PortDesk: the page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
