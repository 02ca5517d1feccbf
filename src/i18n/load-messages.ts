import type { Locale } from './locales';
import type { Messages, SummaryMessages } from './messages';

/**
 * The catalog of one language, as its own chunk: a patient downloads only the language they read.
 * Each import is spelled out (not built from a template string) so the bundler makes exactly one
 * chunk per language.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'es':
      return (await import('./es/catalog-es')).catalogEs;
    case 'en':
      return (await import('./en/catalog-en')).catalogEn;
  }
}

const summaryLoads = new Map<Locale, Promise<SummaryMessages>>();

/**
 * The summary's words in one language, each a chunk of its own, fetched once. The same promise is
 * returned every time, so the summary page can read it with React's `use` without refetching.
 */
export function loadSummaryMessages(locale: Locale): Promise<SummaryMessages> {
  let load = summaryLoads.get(locale);
  if (!load) {
    load =
      locale === 'es'
        ? import('./es/summary-catalog-es').then((module) => module.summaryCatalogEs)
        : import('./en/summary-catalog-en').then((module) => module.summaryCatalogEn);
    // Marked as React marks a promise it has read, so `use` returns the words at once when they have
    // arrived (prefetched with the end pages) instead of showing "Loading…" for a moment.
    const marked: Promise<SummaryMessages> & { status?: string; value?: SummaryMessages } = load;
    marked.then(
      (value) => Object.assign(marked, { status: 'fulfilled', value }),
      // A failed fetch (offline) is not kept: the next attempt fetches again.
      () => summaryLoads.delete(locale),
    );
    summaryLoads.set(locale, load);
  }
  return load;
}

/** Whether the summary's words were ever asked for: a language switch then fetches them too, before it switches. */
export function summaryMessagesWanted(): boolean {
  return summaryLoads.size > 0;
}
