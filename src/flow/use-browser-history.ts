import { useEffect, useState } from 'react';
import { isPlace, type Place } from './route';
import { hashOf, placeFromHash } from './place-url';

/** What the app keeps in a history entry it has described. */
interface EntryState {
  questionnaire: true;
  /** The place of the entry before this one, when the app added this entry after it; else null. */
  previous: Place | null;
  /** Set on entries made after the last `forget` (kiosk mode): older entries lead to the start. */
  epoch?: string;
}

function entryStateOf(state: unknown): EntryState | undefined {
  if (typeof state !== 'object' || state === null || !('questionnaire' in state) || state.questionnaire !== true) {
    return undefined;
  }
  const previous = 'previous' in state && isPlace(state.previous) ? state.previous : null;
  const epoch = 'epoch' in state && typeof state.epoch === 'string' ? state.epoch : undefined;
  return { questionnaire: true, previous, epoch };
}

/**
 * The place a history entry shows. An entry with no fragment at all is the page as first opened,
 * before the app described it: the start page. The app only meets one when "Start now", a plain
 * link, was followed before the app had loaded, and the patient then goes Back to it.
 */
function placeOfEntry(hash: string): Place | undefined {
  return hash === '' ? 'intro' : placeFromHash(hash);
}

/** Makes the current entry show `place`, keeping what is known of the entry before it. */
function describeEntry(place: Place, epoch: string | undefined) {
  const previous = entryStateOf(window.history.state)?.previous ?? null;
  window.history.replaceState({ questionnaire: true, previous, epoch } satisfies EntryState, '', hashOf(place));
}

/**
 * In a clinic's iframe the tab's history is shared with the clinic's page: history.back() may land
 * on one of its entries (or be refused by the sandbox), and the page can count entries
 * (`history.length`), while the number of pages differs by route (a diabetes page, a surgeon's
 * board page). So in a frame each page replaces the current entry: the page stays in the URL for
 * a reload, and the in-page Back link moves between pages (decision 0012).
 */
function framed(): boolean {
  return window.parent !== window;
}

export interface HistoryMirror {
  /** The machine now shows `place`: make the browser's current history entry show it too. */
  show(place: Place): void;
  /**
   * A popstate: the person moved through the browser's history (Back, Forward, a typed fragment),
   * or a step back of the mirror's own arrived. `go` asks the machine for a place and returns
   * where the person actually landed.
   */
  follow(go: (place: Place) => Place): void;
  /**
   * Everything was cleared (kiosk mode) and the machine now shows `place`: the current entry shows
   * it with nothing before it, and every entry made earlier, Back or Forward, leads to the start.
   */
  forget(place: Place): void;
}

/**
 * Browser history as a mirror of the machine's place. The machine decides every move, including
 * Back (the in-page Back link sends it BACK); the mirror follows:
 * - a new place adds an entry, unless the entry before shows that place already (the usual case
 *   after Back): then it steps back to that entry, so the browser's Back and Forward afterwards
 *   match what the person did. In a frame it only ever replaces the current entry;
 * - the first place shown describes the entry the page was opened with (a reload keeps its
 *   entry), and so does a move to an entry the app did not make;
 * - Back and Forward in the browser ask the machine for the entry's place (GO); where the answers
 *   no longer reach it, the entry is corrected to the place landed on.
 */
export function createHistoryMirror(): HistoryMirror {
  /** The place the machine shows, once shown. */
  let current: Place | undefined;
  /** A step back of ours awaits its popstate; the history is not touched meanwhile. */
  let steppingBack = false;
  /** Unset until `forget`; then entries without this mark were made before it. */
  let epoch: string | undefined;

  function catchUp(place: Place) {
    const shown = placeOfEntry(window.location.hash);
    const entry = entryStateOf(window.history.state);
    // An entry the app did not make: describe it rather than add one after it.
    if (!entry) {
      describeEntry(place, epoch);
      return;
    }
    if (shown === place) return;
    if (framed()) {
      describeEntry(place, epoch);
      return;
    }
    if (entry.previous === place) {
      steppingBack = true;
      window.history.back();
      return;
    }
    window.history.pushState(
      { questionnaire: true, previous: shown ?? null, epoch } satisfies EntryState,
      '',
      hashOf(place),
    );
  }

  return {
    show(place) {
      const first = current === undefined;
      current = place;
      // First render (or a reload): describe the current entry instead of adding one.
      if (first) describeEntry(place, epoch);
      else if (!steppingBack) catchUp(place);
    },
    follow(go) {
      if (steppingBack) {
        // Our own step back has arrived. The entry normally shows the machine's place; if the
        // person moved again meanwhile, or the entry before was not what it said, catch up.
        steppingBack = false;
        if (current !== undefined) catchUp(current);
        return;
      }
      const entry = entryStateOf(window.history.state);
      // After a forget, an entry from before it leads to the start, whatever page it showed.
      const stale = epoch !== undefined && entry?.epoch !== epoch;
      const requested = stale ? 'intro' : placeOfEntry(window.location.hash);
      if (!requested) return;
      const landed = go(requested);
      current = landed;
      // Corrects an entry the answers no longer reach, and describes one the app did not make.
      if (landed !== requested || !entry || stale) describeEntry(landed, epoch);
    },
    forget(place) {
      epoch = String(Math.random());
      current = place;
      steppingBack = false;
      window.history.replaceState(
        { questionnaire: true, previous: null, epoch } satisfies EntryState,
        '',
        hashOf(place),
      );
    },
  };
}

/**
 * Keeps browser history in step with the machine's place, for as long as the app is mounted.
 * Returns `forget` (see HistoryMirror), for kiosk mode's clearing.
 */
export function useBrowserHistory(place: Place, go: (place: Place) => Place): (place: Place) => void {
  const [mirror] = useState(createHistoryMirror);

  useEffect(() => {
    const onPopState = () => mirror.follow(go);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [mirror, go]);

  useEffect(() => {
    mirror.show(place);
  }, [mirror, place]);

  return mirror.forget;
}
