import { useEffect, useRef, useState } from 'react';
import { focusInPlace } from '../components/focus-in-place';
import { clearEverySession } from '../persistence/clear-every-session';
import { useKioskWords } from './kiosk-words';

/**
 * "I've finished: clear my answers" on the summary in kiosk mode, for handing the tablet back.
 * The same shape as Start again (a confirmation in the page, not a browser dialog a sandboxed
 * frame may block), and the same clearing as the idle timeout. Printing stays possible before it.
 */
export function FinishedClear({ onConfirm }: { onConfirm: () => void }) {
  const words = useKioskWords().finished;
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) focusInPlace(questionRef.current);
    else if (wasAsking.current) focusInPlace(triggerRef.current);
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <p className="no-print">
        <button type="button" className="button button--secondary" ref={triggerRef} onClick={() => setAsking(true)}>
          {words.link}
        </button>
      </p>
    );
  }
  return (
    <section className="start-again-confirm no-print" aria-labelledby="kiosk-finished-title">
      <h2 id="kiosk-finished-title" className="heading-s" tabIndex={-1} ref={questionRef}>
        {words.question}
      </h2>
      <p>{words.warning}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            onConfirm();
            clearEverySession();
          }}
        >
          {words.confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {words.cancel}
        </button>
      </div>
    </section>
  );
}
