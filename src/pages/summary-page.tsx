import { useEffect } from 'react';
import type { Answers } from '../answers/answers';
import { describeStep } from '../content/describe-answers';
import { BackLink } from '../components/back-link';
import { PageHeading } from '../components/page-heading';
import { UrgentNotice } from '../components/urgent-notice';
import { routeOf } from '../flow/route';
import { fill } from '../i18n/fill';
import { useI18n, useSummaryMessages } from '../i18n/i18n-context';
import { pointText } from '../i18n/point-text';
import { summaryPoints, pointsBySection } from '../../rules/summary-points';
import { urgentPoints } from '../../rules/urgent-points';
import { sharedSummary } from '../embed/shared-summary';
import type { SharedSummary } from '../embed/protocol';
import { numberSources } from './number-sources';
import { ShareSummary } from './share-summary';
import { useDocumentTitle } from './use-document-title';
import type { SectionText } from '../i18n/point-text-types';

interface SummaryPageProps {
  answers: Answers;
  onBack: () => void;
  clinicName?: string;
  /** Told how many points the list shows, for the host page's "complete" message; undefined once it is gone. */
  onPointCount?: (count: number | undefined) => void;
  /** Present only when the clinic allows sharing and the app is embedded by it. */
  onShare?: (summary: SharedSummary) => void;
}

// Ruled lines as elements, not a background: browsers leave backgrounds off paper by default.
const NOTE_LINES = Array.from({ length: 10 }, (_, index) => index);

/** The printable list: points by section, the answers in brief, room for notes, the sources. */
export function SummaryPage({ answers, onBack, clinicName, onPointCount, onShare }: SummaryPageProps) {
  const i18n = useI18n();
  const { messages } = i18n;
  const summaryWords = useSummaryMessages();
  const words = messages.ui.summary;
  useDocumentTitle(words.title);
  const points = summaryPoints(answers);
  const urgent = urgentPoints(answers);
  const groups = pointsBySection(points.filter((point) => point.section !== 'urgent'));
  const { numberOf, sources } = numberSources(points);
  const steps = routeOf(answers).answered;
  useEffect(() => {
    onPointCount?.(points.length);
    return () => onPointCount?.(undefined);
  }, [onPointCount, points.length]);
  const date = i18n.formatDate(new Date());
  const clinic = clinicName ?? words.theClinic;

  return (
    <>
      <BackLink onBack={onBack} label={words.back} />
      <PageHeading>{words.title}</PageHeading>
      <p className="summary-meta">
        {clinicName ? fill(words.preparedFor, { date, clinic: clinicName }) : fill(words.prepared, { date })}{' '}
        {words.bring}
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => window.print()}>
          {words.print}
        </button>
      </div>
      {onShare ? (
        <ShareSummary
          clinic={clinic}
          prepare={(preparedAt) => sharedSummary(answers, preparedAt, i18n, summaryWords)}
          onShare={onShare}
        />
      ) : null}
      <UrgentNotice points={urgent} />
      {groups.map((group) => {
        const section: SectionText = summaryWords.summarySections[group.section];
        return (
          <section key={group.section} aria-labelledby={`points-${group.section}`}>
            <h2 id={`points-${group.section}`} className="heading-m">
              {section.title}
            </h2>
            {section.intro ? <p className="section-intro">{section.intro}</p> : null}
            <ul className="point-list">
              {group.points.map((point) => (
                <li key={point.id} className="point" id={`point-${point.id}`}>
                  <p className="point__action">{pointText(point.id, messages, summaryWords).point}</p>
                  <p className="point__why">
                    <span className="visually-hidden">{words.why} </span>
                    {pointText(point.id, messages, summaryWords).why}
                  </p>
                  <p className="point__sources">
                    {point.sources.length === 1 ? words.source : words.sources}{' '}
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
          {words.answersTitle}
        </h2>
        <dl className="summary-list answers-brief">
          {steps.flatMap((step) =>
            describeStep(step, answers, i18n).map((row) => (
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
          {words.notesTitle}
        </h2>
        <p className="no-print">{words.notesHint}</p>
        <div className="notes-box" aria-hidden="true">
          {NOTE_LINES.map((line) => (
            <div key={line} className="notes-box__line" />
          ))}
        </div>
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources" className="heading-m">
          {words.sourcesTitle}
        </h2>
        <ol className="source-list">
          {sources.map((id) => (
            <li key={id} id={`source-${id}`}>
              {summaryWords.sources[id].title}. {summaryWords.sources[id].address}
            </li>
          ))}
        </ol>
      </section>

      <div className="disclaimer">
        <h2 className="heading-m">{words.disclaimerTitle}</h2>
        <p>{words.disclaimer}</p>
      </div>

      <div className="button-group">
        <button type="button" className="button" onClick={() => window.print()}>
          {words.print}
        </button>
      </div>
    </>
  );
}
