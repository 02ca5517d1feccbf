import { useEffect, useRef, useState } from 'react';
import type { SentSummary, SharedSummary } from '../embed/protocol';
import { newSendId } from '../embed/send-id';
import { useSummaryReceipt } from '../embed/use-summary-receipt';
import type { Included, SensitiveTopic } from '../answers/sensitive-answers';
import { fill } from '../i18n/fill';
import { useI18n } from '../i18n/i18n-context';
import { SensitiveChoices } from './sensitive-choices';
import { useVisibilityCheck } from './use-visibility-check';

/** Where the summary goes: the clinic's page, which must acknowledge it. */
export interface ShareTarget {
  /** The origin the clinic configured (`host`): the only one whose acknowledgement counts. */
  hostOrigin: string;
  /** Posts the summary to that page. */
  send: (summary: SentSummary) => void;
}

/**
 * How long to wait for the clinic's page to say it has the summary. The snippet answers within
 * milliseconds; five seconds leaves room for a busy phone without keeping the patient waiting.
 */
export const RECEIPT_TIMEOUT_MS = 5000;

const NOTHING_SENSITIVE: Included = { pregnancy: false, feelings: false };

interface ShareSummaryProps {
  /** The clinic's name, or "the clinic". */
  clinic: string;
  /** What would be sent, in the words on screen, stamped with this time. */
  prepare: (preparedAt: Date, included: Included) => SharedSummary;
  /** The sensitive topics the answers touch: each may be added to what is sent, and is left out unless it is. */
  topics: readonly SensitiveTopic[];
  /**
   * Adds, as it is sent, what the preview shows in words as data too (the answers as a FHIR
   * QuestionnaireResponse), fetched only then. Should that fail (the connection dropped), the
   * summary goes without it.
   */
  complete?: (summary: SharedSummary, included: Included) => Promise<SharedSummary>;
  share: ShareTarget;
  /** How long to wait for the acknowledgement, in milliseconds (RECEIPT_TIMEOUT_MS by default). */
  receiptTimeout?: number;
}

type Stage =
  | { name: 'offer' }
  | { name: 'preview'; openedAt: Date; refused: boolean }
  | { name: 'sending' }
  | { name: 'sent' }
  | { name: 'unconfirmed' };

/** The steps shown as one line of status text, which takes focus: its class and its words. */
const STATUS_LINES: Partial<
  Record<Stage['name'], { className: string; text: 'shareSending' | 'shareDone' | 'shareUnconfirmed' }>
> = {
  sending: { className: 'share__sending', text: 'shareSending' },
  sent: { className: 'share__done', text: 'shareDone' },
  unconfirmed: { className: 'share__unconfirmed', text: 'shareUnconfirmed' },
};

/** A state update that settles a send still waiting, and leaves any other step alone. */
function settled(outcome: 'sent' | 'unconfirmed') {
  return (current: Stage): Stage => (current.name === 'sending' ? { name: outcome } : current);
}

/**
 * Sending the summary to the clinic takes two deliberate presses: "Send my summary to …" opens a
 * preview of exactly what would be sent, and "Send now", below that preview (so never where the
 * first button was), sends it, and only if it is seen: a page that frames the app transparently
 * or covers the button with a decoy gets nothing (see use-visibility-check.ts).
 *
 * "Sent" is said only once the clinic's page acknowledges this send (decision 0020): a page with
 * no listener, or an old snippet, would otherwise leave the patient believing the clinic has
 * their list. With no acknowledgement in time, the patient is told to print it instead.
 */
export function ShareSummary({
  clinic,
  prepare,
  topics,
  complete = (summary) => Promise.resolve(summary),
  share,
  receiptTimeout = RECEIPT_TIMEOUT_MS,
}: ShareSummaryProps) {
  const words = useI18n().messages.ui.summary;
  const [stage, setStage] = useState<Stage>({ name: 'offer' });
  // Whatever the printout holds, a sensitive answer leaves the device only if ticked here.
  const [included, setIncluded] = useState<Included>(NOTHING_SENSITIVE);
  const { watch: watchSendNow, visibility: sendNowVisibility } = useVisibilityCheck<HTMLButtonElement>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const offerRef = useRef<HTMLButtonElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const previous = useRef(stage.name);

  // Only a send still waiting turns into "sent" or "not confirmed", whichever comes first.
  const awaitReceipt = useSummaryReceipt(share.hostOrigin, stage.name === 'preview' || stage.name === 'sending', () =>
    setStage(settled('sent')),
  );
  useEffect(() => {
    if (stage.name !== 'sending') return;
    const timer = window.setTimeout(() => setStage(settled('unconfirmed')), receiptTimeout);
    return () => window.clearTimeout(timer);
  }, [stage.name, receiptTimeout]);

  // Focus follows the step: the preview's heading when it opens, the first button again after
  // Cancel, the status line while sending and once it is known how the send went. A refusal leaves
  // focus on "Send now", to press it again.
  useEffect(() => {
    if (previous.current === stage.name) return;
    if (stage.name === 'preview') headingRef.current?.focus();
    else if (stage.name === 'offer') offerRef.current?.focus();
    else outcomeRef.current?.focus();
    previous.current = stage.name;
  }, [stage.name]);

  // Prepared at each render from the answers and words of now, so what is shown is what is sent,
  // even after a language switch while the preview is open.
  const summary = stage.name === 'preview' ? prepare(stage.openedAt, included) : undefined;
  const statusLine = STATUS_LINES[stage.name];

  return (
    <div className="share no-print">
      {stage.name === 'offer' ? <p>{fill(words.shareIntro, { clinic })}</p> : null}
      <div role="status">
        {statusLine ? (
          <p className={statusLine.className} tabIndex={-1} ref={outcomeRef}>
            {fill(words[statusLine.text], { clinic })}
          </p>
        ) : null}
      </div>
      {stage.name === 'unconfirmed' ? (
        <button
          type="button"
          className="button button--secondary"
          // Back to the preview, so the send goes through "Send now" and its visibility check again.
          onClick={() => setStage({ name: 'preview', openedAt: new Date(), refused: false })}
        >
          {words.shareRetry}
        </button>
      ) : null}
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
          <SensitiveChoices
            topics={topics}
            included={included}
            onChange={setIncluded}
            purpose="send"
            legend={words.shareSensitiveLegend}
            hint={words.shareSensitiveHint}
          />
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
                const id = newSendId();
                setStage({ name: 'sending' });
                void complete(summary, included)
                  .catch(() => summary)
                  .then((full) => {
                    // The wait for the reply starts as the message leaves.
                    awaitReceipt(id);
                    share.send({ ...full, id });
                  });
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
