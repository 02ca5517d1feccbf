import { lazy, useEffect } from 'react';

/**
 * Check-answers and the summary (with the rules, the sources and sharing) are not needed for the
 * first question, so they come as their own chunk: fetched when the browser is idle after the
 * first page is shown, long before anyone reaches the end.
 */
const loadCheckAnswers = () => import('./check-answers-page');
const loadSummary = () => import('./summary-page');

export const CheckAnswersPage = lazy(() => loadCheckAnswers().then((module) => ({ default: module.CheckAnswersPage })));
export const SummaryPage = lazy(() => loadSummary().then((module) => ({ default: module.SummaryPage })));

/** Starts fetching the end pages once the browser has nothing better to do. */
export function usePrefetchEndPages() {
  useEffect(() => {
    const prefetch = () => {
      void loadCheckAnswers();
      void loadSummary();
    };
    // Safari has no requestIdleCallback; a short timeout is the usual stand-in.
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(prefetch, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = setTimeout(prefetch, 1500);
    return () => clearTimeout(handle);
  }, []);
}
