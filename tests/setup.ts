import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadSummaryMessages } from '../src/i18n/load-messages';
import { LOCALES } from '../src/i18n/locales';
import { loadStartPage } from '../src/pages/lazy-start-page';

// The app fetches the end pages and the summary's words when the browser is idle after the first
// page, long before a person reaches the end; a test gets there in milliseconds, so they are loaded
// up front. So is the start page's chunk, which main.tsx fetches before the app shows that page:
// a test renders the app directly, and expects the start page at once. It also means a prefetch started late in a short test on a loaded machine finds them
// already loaded, instead of finishing after the test's window is gone.
// findBy… and waitFor give up after 1 s by default. A page change in jsdom takes tens of
// milliseconds alone, but over a second on a loaded 2-core machine (CI runs two workers beside the
// browser tests' build): the ceiling is generous so that no test turns on the machine's speed.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(async () => {
  await Promise.all([
    ...LOCALES.map((locale) => loadSummaryMessages(locale)),
    import('../src/pages/check-answers-page'),
    import('../src/pages/summary-page'),
    loadStartPage(),
  ]);
});

afterEach(() => {
  // With globals off, testing-library cannot register its own cleanup hook.
  cleanup();
  // jsdom keeps one window per test file: reset what the app keeps there between tests.
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});
