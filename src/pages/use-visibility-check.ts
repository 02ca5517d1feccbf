import { useCallback, useEffect, useRef } from 'react';

/*
 * Whether an element is really seen by the person, for a button that sends their answers away.
 *
 * Why: a page allowed to embed the app could clickjack a button: show the frame at 1 % opacity,
 * or clip it (clip-path, a small overflow:hidden box) so the button sits under a decoy that lets
 * clicks through, and one click on the decoy presses the button. The browser delivers that click
 * like any other. Intersection Observer v2 (`trackVisibility`, Chromium) says whether the element
 * was drawn unobscured and unaltered: not transparent, filtered or skewed, with nothing on top of
 * it, in this frame or in any frame around it. So the button is observed while it is on screen,
 * the latest report is kept, and the caller acts only if that report says visible and wholly on
 * screen. `delay: 100` is the least the browser allows with `trackVisibility` (the check is
 * costly); `threshold: [1]` reports when the element becomes wholly on screen or stops being so.
 *
 * While such an observer is active, Chromium also drops clicks on the frame for a moment after the
 * embedding page moves or resizes it (its own defence against moving a frame under the pointer).
 *
 * Where the browser has no `isVisible` (Firefox, Safari) nothing can be known: the result is
 * 'unsupported', and the caller's confirmation step (a second button at another spot, after a
 * preview) is the guard.
 *
 * The latest report is mirrored on the element as `data-visibility` ('visible', 'covered' or
 * 'outside'), so browser tests can wait for the observer instead of a fixed time. The embedding
 * page cannot read it (another origin), and it only says what that page already knows.
 */

export type Visibility = 'visible' | 'hidden' | 'unsupported';

/** `isVisible` is Intersection Observer v2's; TypeScript's DOM types do not have it yet. */
interface VisibilityEntry extends IntersectionObserverEntry {
  readonly isVisible?: boolean;
}

const OPTIONS = { trackVisibility: true, delay: 100, threshold: [1] } as IntersectionObserverInit;

/** Whether this browser reports visibility (Intersection Observer v2), not only intersection. */
export function tracksVisibility(): boolean {
  return (
    typeof IntersectionObserver === 'function' &&
    typeof IntersectionObserverEntry === 'function' &&
    'isVisible' in IntersectionObserverEntry.prototype
  );
}

function wholly(entry: VisibilityEntry | undefined): boolean {
  return entry !== undefined && entry.isIntersecting && entry.intersectionRatio >= 1;
}

/**
 * `watch` is the ref callback for the element (the button) to watch; `visibility()`, called when
 * it is pressed, says whether the latest report had it visible and wholly on screen ('hidden' also
 * when no report has come yet: it is not known to be seen).
 */
export function useVisibilityCheck<T extends Element>() {
  const observer = useRef<IntersectionObserver | undefined>(undefined);
  const latest = useRef<VisibilityEntry | undefined>(undefined);

  const watch = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = undefined;
    latest.current = undefined;
    if (!element || !tracksVisibility()) return;
    const watching = new IntersectionObserver((entries) => {
      for (const entry of entries as VisibilityEntry[]) {
        latest.current = entry;
        entry.target.setAttribute(
          'data-visibility',
          !wholly(entry) ? 'outside' : entry.isVisible === true ? 'visible' : 'covered',
        );
      }
    }, OPTIONS);
    watching.observe(element);
    observer.current = watching;
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);

  const visibility = useCallback((): Visibility => {
    if (!tracksVisibility()) return 'unsupported';
    const entry = latest.current;
    return wholly(entry) && entry?.isVisible === true ? 'visible' : 'hidden';
  }, []);

  return { watch, visibility };
}
