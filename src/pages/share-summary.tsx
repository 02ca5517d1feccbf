import { useEffect, useRef, useState } from 'react';
import type { SharedSummary } from '../embed/protocol';
import { fill } from '../i18n/fill';
import { useI18n } from '../i18n/i18n-context';
import { useVisibilityCheck } from './use-visibility-check';

interface ShareSummaryProps {
  /** The clinic's name, or "the clinic". */
  clinic: string;
  /** What would be sent, in the words on screen, stamped with this time. */
  prepare: (preparedAt: Date) => SharedSummary;
  onShare: (summary: SharedSummary) => void;
}

type Stage = { name: 'offer' } | { name: 'preview'; openedAt: Date; refused: boolean } | { name: 'sent' };

/**
 * Sending the summary to the clinic takes two deliberate presses: "Send my summary to …" opens a
 * preview of exactly what would be sent, and "Send now", below that preview (so never where the
 * first button was), sends it, and only if it is seen: a page that frames the app transparently
 * or covers the button with a decoy gets nothing (see use-visibility-check.ts).
 */
export function ShareSummary({ clinic, prepare, onShare }: ShareSummaryProps) {
  const words = useI18n().messages.ui.summary;
  const [stage, setStage] = useState<Stage>({ name: 'offer' });
  const { watch: watchSendNow, visibility: sendNowVisibility } = useVisibilityCheck<HTMLButtonElement>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const offerRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const previous = useRef(stage.name);

  // Focus follows the step: the preview's heading when it opens, the first button again after
  // Cancel, the outcome once sent. A refusal leaves focus on "Send now", to press it again.
  useEffect(() => {
    if (previous.current === stage.name) return;
    if (stage.name === 'preview') headingRef.current?.focus();
    else if (stage.name === 'offer') offerRef.current?.focus();
    else doneRef.current?.focus();
    previous.current = stage.name;
  }, [stage.name]);

  // Prepared at each render from the answers and words of now, so what is shown is what is sent,
  // even after a language switch while the preview is open.
  const summary = stage.name === 'preview' ? prepare(stage.openedAt) : undefined;

  return (
    <div className="share no-print">
      {stage.name === 'offer' ? <p>{fill(words.shareIntro, { clinic })}</p> : null}
      <div role="status">
        {stage.name === 'sent' ? (
          <p className="share__done" tabIndex={-1} ref={doneRef}>
            {fill(words.shareDone, { clinic })}
          </p>
        ) : null}
      </div>
      {stage.name === 'offer' ? (
        <button
          type="button"
          className="button button--secondary"
          ref={offerRef}
          onClick={() => setStage({ name: 'preview', openedAt: new Date(), refused: false })}
        >
          {fill(words.shareButton, { clinic })}
        </button>
      ) : null}
      {stage.name === 'preview' && summary ? (
        <section className="share-preview" aria-labelledby="share-preview-title">
          <h2 id="share-preview-title" className="heading-m" tabIndex={-1} ref={headingRef}>
            {fill(words.shareCheckTitle, { clinic })}
          </h2>
          <p>{fill(words.shareCheckIntro, { clinic })}</p>
          <h3 className="heading-s">{fill(words.shareCheckPoints, { count: summary.points.length })}</h3>
          <ul className="list list--bullet share-preview__points">
            {summary.points.map((point) => (
              <li key={point.id}>{point.point}</li>
            ))}
          </ul>
          <h3 className="heading-s">{words.shareCheckAnswers}</h3>
          <dl className="summary-list answers-brief share-preview__answers">
            {summary.answers.map((row, index) => (
              <div className="summary-list__row" key={`${index}-${row.question}`}>
                <dt className="summary-list__key">{row.question}</dt>
                <dd className="summary-list__value">{row.answer.join('; ')}</dd>
              </div>
            ))}
          </dl>
          <div role="status">{stage.refused ? <p className="share__refused">{words.shareHidden}</p> : null}</div>
          <div className="button-group">
            <button
              type="button"
              className="button"
              ref={watchSendNow}
              onClick={() => {
                if (sendNowVisibility() === 'hidden') {
                  setStage({ ...stage, refused: true });
                  return;
                }
                onShare(summary);
                setStage({ name: 'sent' });
              }}
            >
              {words.shareSend}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setStage({ name: 'offer' })}>
              {words.shareCancel}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
