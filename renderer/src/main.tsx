import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app';
import { askForListAtStart } from './features/order-list/start-list';
import { endStartReplies } from './start-replies';
import { useAppStore } from './stores/app-store';

// Asked before React's first render, the settings first: the frame can show (its theme is a
// setting) while main is still making the list (`npm run bench`, start on the Electron double).
// Both usually take replies asked for as the page began to load (public/start-requests.js);
// those are for these first calls only.
void useAppStore.getState().load();
askForListAtStart();
endStartReplies();
const root = document.getElementById('root');
if (!root) throw new Error('PortDesk: the page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
