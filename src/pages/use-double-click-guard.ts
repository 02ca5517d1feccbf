import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * A double click on Continue must not answer the next page: the second click of the pair lands
 * on whatever the new page has put under the pointer (a radio, a checkbox, another button). The
 * browser numbers the clicks of a pair in `detail` (1, then 2), so after a page change every click
 * that continues an earlier click (detail above 1) is swallowed, until a fresh first click shows
 * the person is acting on the new page. Keyboard activation (detail 0) is never touched.
 */
export function useDoubleClickGuard(pageKey: string) {
  const armed = useRef(false);
  const first = useRef(true);

  // Armed as the new page is put on screen, in the same task: a passive effect runs only after the
  // browser has painted, and the second click of the pair can come in before that.
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    armed.current = true;
  }, [pageKey]);

  useEffect(() => {
    const onPointer = (event: MouseEvent) => {
      if (!armed.current) return;
      if (event.detail === 1) {
        armed.current = false;
        return;
      }
      if (event.detail > 1) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const types = ['mousedown', 'mouseup', 'click'] as const;
    for (const type of types) document.addEventListener(type, onPointer, true);
    return () => {
      for (const type of types) document.removeEventListener(type, onPointer, true);
    };
  }, []);
}
