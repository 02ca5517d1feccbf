import { useEffect, useRef } from 'react';
import { PAGE_SECTIONS } from '../answers/page-sections';
import { QUESTION_PAGES } from '../answers/question-pages';
import { isStepId } from '../answers/step-ids';
import type { Place } from '../flow/route';
import type { HostMessenger } from './host-messenger';

/** The part of the questionnaire (1-based, in PAGE_SECTIONS order) a place belongs to; none for the start, check-answers and summary. */
export function partOf(place: Place): number | undefined {
  return isStepId(place) ? PAGE_SECTIONS.indexOf(QUESTION_PAGES[place].section) + 1 : undefined;
}

/**
 * Tells the embedding page only what is the same for every patient who gets there (protocol
 * version 2, decision 0012): that the app loaded (`ready`), that the patient left the start page
 * for the questions (`started`, once: not again after a reload part-way, when `resumed`), which
 * part of the questionnaire they are in whenever that changes (`progress`: every route passes
 * through every part in the same order), and that the summary is shown (`completed`). Never a
 * page, a count that depends on the route, a height or an answer; nothing while a page is being
 * filled in.
 *
 * @param summaryShown the summary is on screen (its chunk loaded and rendered)
 * @param resumed the app opened past the start page on progress kept from earlier in this tab
 */
export function useHostMessages(messenger: HostMessenger, place: Place, summaryShown: boolean, resumed: boolean) {
  const seen = useRef<{ place?: Place; part?: number; started: boolean }>({ started: resumed });

  useEffect(() => {
    messenger.post('ready', {});
  }, [messenger]);

  useEffect(() => {
    const previous = seen.current.place;
    seen.current.place = place;
    const part = partOf(place);
    if (part === undefined) return;
    // From the start page, or opened straight on the first question (no start page, or "Start
    // now" followed before the app had loaded) with nothing kept from before.
    if (!seen.current.started && (previous === 'intro' || previous === undefined)) {
      seen.current.started = true;
      messenger.post('started', {});
    }
    if (part !== seen.current.part) {
      seen.current.part = part;
      messenger.post('progress', { part, of: PAGE_SECTIONS.length });
    }
  }, [messenger, place]);

  useEffect(() => {
    if (summaryShown) messenger.post('completed', {});
  }, [messenger, summaryShown]);
}
