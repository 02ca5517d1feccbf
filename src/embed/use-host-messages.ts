import { useEffect } from 'react';
import type { Answers } from '../answers/answers';
import { isStepId } from '../answers/step-ids';
import { plannedRoute, type Place } from '../flow/route';
import type { HostMessenger } from './host-messenger';

/** The height of the app's content, not of the frame (which only ever grows to fit). */
function contentHeight(root: HTMLElement): number {
  return Math.ceil(root.getBoundingClientRect().height);
}

/**
 * Tells the embedding page the app's height (on load and whenever it changes), each page
 * shown (which page, how far along; never an answer), and when the summary appears with its
 * number of points (`pointCount`, given only while the summary is shown).
 */
export function useHostMessages(messenger: HostMessenger, place: Place, answers: Answers, pointCount: number | undefined) {
  useEffect(() => {
    const root = document.getElementById('root');
    if (!messenger.enabled || !root) return;
    let last = contentHeight(root);
    messenger.post('ready', { height: last });
    const observer = new ResizeObserver(() => {
      const height = contentHeight(root);
      if (height === last) return;
      last = height;
      messenger.post('resize', { height });
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, [messenger]);

  useEffect(() => {
    if (!messenger.enabled) return;
    const route = plannedRoute(answers);
    const position = isStepId(place) ? route.indexOf(place) + 1 : place === 'intro' ? 0 : route.length;
    messenger.post('step', { step: place, position, count: route.length });
    // Only a new page is news for the host; answers changing within a page are not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [messenger, place]);

  // The summary (its own chunk) reports its count once shown, and clears it when it goes, so each
  // visit to the summary sends one "complete", after its "step".
  useEffect(() => {
    if (messenger.enabled && pointCount !== undefined) messenger.post('complete', { pointCount });
  }, [messenger, pointCount]);
}
