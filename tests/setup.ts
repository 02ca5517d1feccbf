import '@testing-library/jest-dom/vitest';
import { cleanup, configure, getConfig } from '@testing-library/preact';
import { options } from 'preact';
import { afterEach } from 'vitest';

// Preact runs useEffect callbacks after the next frame (requestAnimationFrame, or a timer when
// there is none). jsdom paints nothing, so run them as soon as the render has committed.
options.requestAnimationFrame = (flush) => {
  void Promise.resolve().then(flush);
};

// After each user-event action, let queued tasks run (a popstate from history.back(), a render
// after an async submit) before the test looks, as the React testing library does.
const { asyncWrapper } = getConfig();
configure({
  asyncWrapper: async (callback) => {
    const result: unknown = await asyncWrapper(callback);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return result;
  },
});

afterEach(() => {
  // With globals off, testing-library cannot register its own cleanup hook.
  cleanup();
  // jsdom keeps one window per test file: reset what the app keeps there between tests.
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});
