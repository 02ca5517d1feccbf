import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  // With globals off, testing-library cannot register its own cleanup hook.
  cleanup();
  // jsdom keeps one window per test file: reset what the app keeps there between tests.
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});
