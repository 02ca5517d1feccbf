/** The space left above (or below) an element the frame scrolls into view. */
const MARGIN = 15;

/**
 * Moves keyboard focus to an element, as `element.focus()` does, except in a frame. There the
 * browser would scroll every scrollable ancestor to show the element, the embedding page
 * included, by an amount that depends on what is above the element (an urgent warning, a
 * heading that wraps, a "could not keep your progress" note): the clinic's page could read that
 * from its own scroll position (decision 0012). In a frame the element is focused without
 * scrolling and brought into view by scrolling the frame's own document, which the embedding
 * page cannot see.
 */
export function focusInPlace(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (window.parent === window) {
    element.focus();
    return;
  }
  element.focus({ preventScroll: true });
  const { top, bottom } = element.getBoundingClientRect();
  const height = window.innerHeight;
  if (top < 0) window.scrollBy(0, top - MARGIN);
  else if (bottom > height) window.scrollBy(0, Math.min(top - MARGIN, bottom - height + MARGIN));
}
