import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadSummaryMessages } from '../src/i18n/load-messages';
import { LOCALES } from '../src/i18n/locales';

// The app fetches the summary's words when the browser is idle after the first page, long before
// a person reaches the end; a test gets there in milliseconds, so they are fetched up front.
beforeAll(async () => {
  await Promise.all(LOCALES.map((locale) => loadSummaryMessages(locale)));
});

afterEach(() => {
  // With globals off, testing-library cannot register its own cleanup hook.
  cleanup();
  // jsdom keeps one window per test file: reset what the app keeps there between tests.
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});
