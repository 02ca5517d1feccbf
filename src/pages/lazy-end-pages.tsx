import { lazy, useEffect, type ComponentProps } from 'react';
import { loadSummaryMessages } from '../i18n/load-messages';
import type { Locale } from '../i18n/locales';
import type * as CheckAnswers from './check-answers-page';
import type * as Options from './options-page';
import type * as Summary from './summary-page';

/**
 * The options page, check-answers and the summary (with the rules, the sources and sharing) are not needed for the
 * first question, so they come as their own chunks: fetched when the browser is idle after the
 * first page is shown, long before anyone reaches the end. Once fetched they render at once;
 * `lazy` alone would still suspend for a moment on first use and flash "Loading…".
 */
type CheckAnswersModule = typeof CheckAnswers;
type SummaryModule = typeof Summary;
type OptionsModule = typeof Options;

let checkAnswersModule: CheckAnswersModule | undefined;
let summaryModule: SummaryModule | undefined;
let optionsModule: OptionsModule | undefined;

const loadCheckAnswers = () => import('./check-answers-page').then((module) => (checkAnswersModule = module));
const loadSummary = () => import('./summary-page').then((module) => (summaryModule = module));
const loadOptions = () => import('./options-page').then((module) => (optionsModule = module));

const LazyCheckAnswers = lazy(() => loadCheckAnswers().then((module) => ({ default: module.CheckAnswersPage })));
const LazySummary = lazy(() => loadSummary().then((module) => ({ default: module.SummaryPage })));
const LazyOptions = lazy(() => loadOptions().then((module) => ({ default: module.OptionsPage })));

type CheckAnswersProps = ComponentProps<CheckAnswersModule['CheckAnswersPage']>;
type SummaryProps = ComponentProps<SummaryModule['SummaryPage']>;
type OptionsProps = ComponentProps<OptionsModule['OptionsPage']>;

export function CheckAnswersPage(props: CheckAnswersProps) {
  const Loaded = checkAnswersModule?.CheckAnswersPage;
  return Loaded ? <Loaded {...props} /> : <LazyCheckAnswers {...props} />;
}

export function SummaryPage(props: SummaryProps) {
  const Loaded = summaryModule?.SummaryPage;
  return Loaded ? <Loaded {...props} /> : <LazySummary {...props} />;
}

export function OptionsPage(props: OptionsProps) {
  const Loaded = optionsModule?.OptionsPage;
  return Loaded ? <Loaded {...props} /> : <LazyOptions {...props} />;
}

/**
 * Starts fetching the end pages and the summary's words in the active language, and sets up offline
 * use, once the browser has nothing better to do.
 */
export function usePrefetchEndPages(locale: Locale) {
  useEffect(() => {
    const prefetch = () => {
      void loadCheckAnswers();
      void loadSummary();
      void loadOptions();
      // Offline before the chunk came: the summary fetches it again when shown.
      loadSummaryMessages(locale).catch(() => undefined);
      // The offline worker (decision 0025), registered when the first page has rendered and the
      // browser is idle, in a chunk of its own; registering twice is harmless.
      import('../offline/start-offline').then(
        (module) => module.startOffline(),
        () => undefined,
      );
    };
    // Safari has no requestIdleCallback; a short timeout is the usual stand-in.
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(prefetch, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = setTimeout(prefetch, 1500);
    return () => clearTimeout(handle);
  }, [locale]);
}
