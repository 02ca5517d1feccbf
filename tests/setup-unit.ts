import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

afterEach(() => {
  // Unit files run without a DOM, except those that ask for jsdom; those keep one window per
  // file, so what the app keeps there is reset between tests.
  if (typeof window === 'undefined') return;
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});
