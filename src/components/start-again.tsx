import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { focusInPlace } from './focus-in-place';

/**
 * "Start again", with a confirmation in the page rather than a browser dialog (which a
 * sandboxed iframe may block), so no one loses their answers with one stray tap.
 */
export function StartAgain({ onConfirm }: { onConfirm: () => void }) {
  const words = useI18n().messages.ui.startAgain;
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
      <p className="start-again no-print">
        <button type="button" className="link-button" ref={triggerRef} onClick={() => setAsking(true)}>
          {words.link}
        </button>
      </p>
    );
  }
  return (
    <section className="start-again-confirm no-print" aria-labelledby="start-again-title">
      <h2 id="start-again-title" className="heading-s" tabIndex={-1} ref={questionRef}>
        {words.question}
      </h2>
      <p>{words.warning}</p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {words.confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {words.cancel}
        </button>
      </div>
    </section>
  );
}
