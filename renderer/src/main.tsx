import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app';
import { askForListAtStart } from './features/order-list/start-list';

askForListAtStart();
const root = document.getElementById('root');
if (!root) throw new Error('PortDesk: the page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
