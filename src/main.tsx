import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { placeFromHash } from './flow/place-url';
import { loadSession } from './persistence/session-store';
import './styles/app.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into');

// Progress saved in this tab (a reload) comes back; the URL says which page to show.
const saved = loadSession();
const session = saved.status === 'restored' ? saved.session : undefined;

createRoot(root).render(
  <StrictMode>
    <App
      initialAnswers={session?.answers}
      initialPlace={placeFromHash(window.location.hash) ?? session?.place}
      restoreFailed={saved.status === 'discarded'}
    />
  </StrictMode>,
);
