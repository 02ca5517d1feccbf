import type errors from './en/errors.json';
import type optionGrid from './en/option-grid.json';
import type pages from './en/pages.json';
import type points from './en/points.json';
import type summaryPage from './en/summary-page.json';
import type ui from './en/ui.json';
import type urgentPoints from './en/urgent-points.json';

/**
 * The words the question pages need, loaded before the first render: the interface, the pages,
 * the error messages and the urgent points (shown the moment a symptom is ticked). Every catalog
 * has the English JSON files' shape (which `catalog-en.ts` checks against the page declarations,
 * the error keys and the rules). A catalog typed `Messages` that misses a key fails to compile;
 * one that adds a key fails the parity test. Type-only imports, so the English words are not
 * bundled with a Spanish page.
 */
export interface Messages {
  readonly ui: typeof ui;
  readonly pages: typeof pages;
  readonly errors: typeof errors;
  readonly urgentPoints: typeof urgentPoints;
}

/**
 * The words only the summary needs: every other point and the summary's own headings and
 * labels (source citations are data in `rules/sources.ts`, not translated). A
 * chunk of their own, fetched with the end pages, so the first question does not wait for them.
 */
export interface SummaryMessages {
  readonly points: typeof points;
  readonly summaryPage: typeof summaryPage;
  /** The options side by side: each option's name and cells, and the rows' names. */
  readonly optionGrid: typeof optionGrid;
}
