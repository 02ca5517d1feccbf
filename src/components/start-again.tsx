import { useEffect, useRef, useState } from 'react';

/**
 * "Start again", with a confirmation in the page rather than a browser dialog (which a
 * sandboxed iframe may block), so no one loses their answers with one stray tap.
 */
export function StartAgain({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <p className="start-again no-print">
        <button type="button" className="link-button" ref={triggerRef} onClick={() => setAsking(true)}>
          Start again
        </button>
      </p>
    );
  }
  return (
    <section className="start-again-confirm no-print" aria-labelledby="start-again-title">
      <h2 id="start-again-title" className="heading-s" tabIndex={-1} ref={questionRef}>
        Clear all your answers and start again?
      </h2>
      <p>Your answers will be deleted from this device. You cannot undo this.</p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          Yes, clear my answers
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          No, keep my answers
        </button>
      </div>
    </section>
  );
}
