import type errors from './en/errors.json';
import type pages from './en/pages.json';
import type points from './en/points.json';
import type sources from './en/sources.json';
import type summarySections from './en/summary-sections.json';
import type ui from './en/ui.json';

/**
 * The shape every catalog has: the English JSON files' shape (which `catalog-en.ts` checks
 * against the page declarations, the error keys and the rules). A catalog typed `Messages` that
 * misses a key fails to compile; one that adds a key fails the parity test. Type-only imports,
 * so the English words are not bundled with a Spanish page.
 */
export interface Messages {
  readonly ui: typeof ui;
  readonly pages: typeof pages;
  readonly errors: typeof errors;
  readonly points: typeof points;
  readonly summarySections: typeof summarySections;
  readonly sources: typeof sources;
}
