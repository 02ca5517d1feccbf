import { useEffect, useRef } from 'react';
import { warningDue } from './idle-timing';

/**
 * What counts as the person being there: any pointer, touch, key, wheel or scroll, a change of
 * focus, typing. Listened for on the window in the capture phase, so input inside any element
 * counts, and scroll (which does not bubble) too (decision 0026).
 */
const INPUT_EVENTS = [
  'pointerdown',
  'pointermove',
  'touchstart',
  'keydown',
  'wheel',
  'scroll',
  'focusin',
  'input',
] as const;

/**
 * Calls `onIdle` once `idleMinutes` have passed with no input, while `watching`, with the moment
 * they did: later than now when the device slept meanwhile (timers do not run in a sleeping tab). Printing is not
 * idleness: the print dialog swallows input for as long as it is open, so the clock restarts when
 * it closes. Stopped while not watching (the warning is up: only its button may dismiss it) and
 * started afresh when watching again. One timer at a time: input only notes the time, and the
 * timer, when it fires early, waits for the rest.
 */
export function useIdleTimeout(idleMinutes: number, watching: boolean, onIdle: (dueAt: number) => void): void {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  });

  useEffect(() => {
    if (!watching) return;
    let lastInputAt = Date.now();
    let printing = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      const now = Date.now();
      const due = warningDue(lastInputAt, idleMinutes);
      if (printing) timer = undefined;
      else if (now >= due) callback.current(due);
      else timer = setTimeout(check, due - now);
    };
    const onInput = () => {
      lastInputAt = Date.now();
    };
    const onBeforePrint = () => {
      printing = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };
    const onAfterPrint = () => {
      printing = false;
      lastInputAt = Date.now();
      if (timer === undefined) check();
    };

    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    check();
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [idleMinutes, watching]);
}
