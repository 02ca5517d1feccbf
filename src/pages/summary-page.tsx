import { useState } from 'react';
import type { Answers } from '../answers/answers';
import { describeStep } from '../answers/describe-answers';
import { BackLink } from '../components/back-link';
import { PageHeading } from '../components/page-heading';
import { UrgentNotice } from '../components/urgent-notice';
import { routeOf } from '../flow/route';
import { evaluate, pointsBySection } from '../../rules/evaluate';
import { SECTIONS } from '../../rules/sections';
import { numberSources } from './number-sources';
import { useDocumentTitle } from './use-document-title';

interface SummaryPageProps {
  answers: Answers;
  onBack: () => void;
  clinicName?: string;
  /** Present only when the clinic allows sharing and the app is embedded by it. */
  onShare?: () => void;
}

// Ruled lines as elements, not a background: browsers leave backgrounds off paper by default.
const NOTE_LINES = Array.from({ length: 10 }, (_, index) => index);

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });

/** The printable list: points by section, the answers in brief, room for notes, the sources. */
export function SummaryPage({ answers, onBack, clinicName, onShare }: SummaryPageProps) {
  const [shared, setShared] = useState(false);
  const title = 'Points to raise at your consultation';
  useDocumentTitle(title);
  const points = evaluate(answers);
  const urgent = points.filter((point) => point.section === 'urgent');
  const groups = pointsBySection(points.filter((point) => point.section !== 'urgent'));
  const { numberOf, sources } = numberSources(points);
  const steps = routeOf(answers).answered;

  return (
    <>
      <BackLink onBack={onBack} label="Back to your answers" />
      <PageHeading>{title}</PageHeading>
      <p className="summary-meta">
        Prepared on {dateFormat.format(new Date())}
        {clinicName ? <> for your consultation at {clinicName}</> : null}. Bring this list to your consultation with a
        board-certified plastic surgeon.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      {onShare ? (
        <div className="share no-print">
          <p>
            Nothing has been sent. If you want {clinicName ?? 'the clinic'} to see this list and your answers before your
            appointment, you can send it to them.
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onShare();
              setShared(true);
            }}
          >
            Send my summary to {clinicName ?? 'the clinic'}
          </button>
          <div role="status">
            {shared ? <p className="share__done">Your list and answers were sent to {clinicName ?? 'the clinic'}.</p> : null}
          </div>
        </div>
      ) : null}
      <UrgentNotice points={urgent} />
      {groups.map((group) => {
        const section = SECTIONS.find((candidate) => candidate.id === group.section);
        return (
          <section key={group.section} aria-labelledby={`points-${group.section}`}>
            <h2 id={`points-${group.section}`} className="heading-m">
              {section?.title}
            </h2>
            <ul className="point-list">
              {group.points.map((point) => (
                <li key={point.id} className="point" id={`point-${point.id}`}>
                  <p className="point__action">{point.point}</p>
                  <p className="point__why">
                    <span className="visually-hidden">Why: </span>
                    {point.why}
                  </p>
                  <p className="point__sources">
                    {point.sources.length === 1 ? 'Source' : 'Sources'}:{' '}
                    {point.sources.map((id) => `[${numberOf(id)}]`).join(' ')}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <section aria-labelledby="answers-brief">
        <h2 id="answers-brief" className="heading-m">
          Your answers, in brief
        </h2>
        <dl className="summary-list answers-brief">
          {steps.flatMap((step) =>
            describeStep(step, answers).map((row) => (
              <div className="summary-list__row" key={`${step}-${row.label}`}>
                <dt className="summary-list__key">{row.label}</dt>
                <dd className="summary-list__value">{row.values.join('; ')}</dd>
              </div>
            )),
          )}
        </dl>
      </section>

      <section aria-labelledby="notes">
        <h2 id="notes" className="heading-m">
          Notes from your consultation
        </h2>
        <p className="no-print">The printed list has space here to write down what the surgeon tells you.</p>
        <div className="notes-box" aria-hidden="true">
          {NOTE_LINES.map((line) => (
            <div key={line} className="notes-box__line" />
          ))}
        </div>
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources" className="heading-m">
          Where these points come from
        </h2>
        <ol className="source-list">
          {sources.map((source) => (
            <li key={source.id} id={`source-${source.id}`}>
              {source.title}. {source.address}
            </li>
          ))}
        </ol>
      </section>

      <div className="disclaimer">
        <h2 className="heading-m">About this list</h2>
        <p>
          This list helps you prepare questions. It is not medical advice, and it does not say whether surgery is right for
          you: only a qualified doctor who examines you can do that. Not having surgery is always an option, and it is wise to
          take time to think before you decide.
        </p>
      </div>

      <div className="button-group">
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
    </>
  );
}
