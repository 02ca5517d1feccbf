import { useEffect, useRef } from 'react';
import type { Place } from './route';
import { hashOf, placeFromHash } from './place-url';

interface HistoryEntryState {
  /** How many questionnaire entries lie before this one in this tab's history. */
  questionnaireDepth: number;
}

function depthOf(state: unknown): number | undefined {
  if (typeof state !== 'object' || state === null || !('questionnaireDepth' in state)) return undefined;
  const depth = (state as HistoryEntryState).questionnaireDepth;
  return Number.isInteger(depth) && depth >= 0 ? depth : undefined;
}

/**
 * The place a history entry shows. An entry with no fragment at all is the page as first opened,
 * before the app described it: the start page. The app only meets one when "Start now", a plain
 * link, was followed before the app had loaded, and the patient then goes Back to it.
 */
function placeOfEntry(hash: string): Place | undefined {
  return hash === '' ? 'intro' : placeFromHash(hash);
}

/**
 * Makes each page a browser-history entry, so Back, Forward and reload behave as people expect.
 * `go` asks the machine for a place and returns where the person actually landed (a place the
 * answers no longer reach lands on the furthest one they do).
 *
 * Except in a frame: there the tab's history is shared with the embedding page, which can count
 * its entries (`history.length`), and the number of pages differs by route (a diabetes page, a
 * surgeon's board page...). So in a frame each page replaces the current entry instead: the
 * page stays in the URL for a reload, and the Back link (the machine's Back in a frame) moves
 * between pages (decision 0012).
 */
export function useBrowserHistory(place: Place, go: (place: Place) => Place) {
  const first = useRef(true);

  useEffect(() => {
    const onPopState = () => {
      const requested = placeOfEntry(window.location.hash);
      if (!requested) return;
      const landed = go(requested);
      // The entry asked for somewhere the answers no longer reach: correct it without a new entry.
      if (landed !== requested) {
        window.history.replaceState(window.history.state, '', hashOf(landed));
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [go]);

  useEffect(() => {
    const depth = depthOf(window.history.state);
    if (first.current || depth === undefined || isFramed()) {
      // First render (or a reload), or in a frame: describe the current entry instead of adding one.
      first.current = false;
      window.history.replaceState({ questionnaireDepth: depth ?? 0 } satisfies HistoryEntryState, '', hashOf(place));
      return;
    }
    if (placeOfEntry(window.location.hash) === place) return; // arrived here by Back or Forward
    window.history.pushState({ questionnaireDepth: depth + 1 } satisfies HistoryEntryState, '', hashOf(place));
  }, [place]);
}

function isFramed(): boolean {
  return window.parent !== window;
}

/**
 * The in-page Back link does what the browser's Back button does when there is a questionnaire
 * entry to go back to, so the two never disagree; otherwise (a fresh tab, or inside an iframe)
 * the machine's Back, which goes to the previous page on the route.
 */
export function goBack(fallback: () => void) {
  // In a clinic's iframe, history.back() walks the whole tab's history: it may land on an entry
  // of the clinic's page, or be refused by the sandbox. There the machine's Back is used.
  const depth = depthOf(window.history.state);
  if (!isFramed() && depth !== undefined && depth > 0) window.history.back();
  else fallback();
}
