import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { focusInPlace } from '../components/focus-in-place';
import { fill } from '../i18n/fill';
import { announcedSeconds, COUNTDOWN_SECONDS, secondsLeft } from './idle-timing';
import { useKioskWords } from './kiosk-words';
import '../styles/kiosk.css';

interface IdleWarningProps {
  /** When the warning opened (Date.now()), so the countdown follows the clock, not the ticks. */
  shownAt: number;
  /** "Yes, I'm still here" or Escape. */
  onStay: () => void;
  /** The countdown reached zero. */
  onTimeout: () => void;
}

/**
 * "Are you still there?": GOV.UK's timeout warning as a modal alert dialog over the whole screen.
 * It is rendered into <body>, beside the app, and everything else in <body> is made inert while it
 * is open, so neither pointer nor keyboard nor screen reader reaches the page behind; Tab stays on
 * its button. The countdown is shown every second but said only on opening (the description) and
 * at 30 and 10 seconds (a polite live region), so screen readers are not flooded.
 */
export function IdleWarning({ shownAt, onStay, onTimeout }: IdleWarningProps) {
  const words = useKioskWords();
  const [now, setNow] = useState(shownAt);
  const left = secondsLeft(shownAt, now);
  const said = announcedSeconds(left);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const stayed = useRef(false);
  const timedOut = useRef(onTimeout);
  useEffect(() => {
    timedOut.current = onTimeout;
  });

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    if (left === 0) timedOut.current();
  }, [left]);

  // Open: the rest of the page inert, focus on the button. Closed by the person: focus back where it was.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const overlay = dialogRef.current?.parentElement;
    const made: Element[] = [];
    for (const element of document.body.children) {
      if (element === overlay || element.hasAttribute('inert')) continue;
      element.setAttribute('inert', '');
      made.push(element);
    }
    focusInPlace(buttonRef.current);
    return () => {
      for (const element of made) element.removeAttribute('inert');
      if (stayed.current && before?.isConnected) focusInPlace(before);
    };
  }, []);

  const stay = () => {
    stayed.current = true;
    onStay();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      stay();
    } else if (event.key === 'Tab') {
      // One control: Tab and Shift+Tab stay on it (the rest of the page is inert anyway).
      event.preventDefault();
      focusInPlace(buttonRef.current);
    }
  };

  return createPortal(
    <div className="kiosk-overlay">
      {/* The dialog handles Escape and Tab for the controls inside it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={dialogRef}
        className="kiosk-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-warning-title"
        aria-describedby="kiosk-warning-text"
        onKeyDown={onKeyDown}
      >
        <h2 id="kiosk-warning-title" className="heading-l">
          {words.title}
        </h2>
        <p id="kiosk-warning-text">{fill(words.text, { seconds: COUNTDOWN_SECONDS })}</p>
        <p className="kiosk-dialog__count" aria-hidden="true">
          {fill(words.countdown, { seconds: left })}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {said === undefined ? '' : fill(words.announce, { seconds: said })}
        </p>
        <button type="button" className="button" ref={buttonRef} onClick={stay}>
          {words.stillHere}
        </button>
      </div>
    </div>,
    document.body,
  );
}
