import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles/app.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
