/**
 * How a newer version, waiting behind the one in charge, takes over (decision 0025): quietly on
 * the start page and the summary, where nothing is half-typed, by a reload that keeps the place
 * and the answers (both in this tab's session storage and the URL fragment); on any other page
 * only when the person chooses "Update now", so no answer being typed is lost to a reload.
 */
export type UpdateMode = 'quiet' | 'ask';

/** The start page (no fragment yet, or `#/intro`) and the summary. */
const QUIET_PLACES = new Set(['', '#', '#/intro', '#/summary']);

/** Reads the place from the URL fragment, as the app keeps it (flow/place-url.ts). */
export function updateMode(hash: string): UpdateMode {
  return QUIET_PLACES.has(hash) ? 'quiet' : 'ask';
}
