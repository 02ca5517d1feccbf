import { useEffect, type ReactNode } from 'react';
import type { Answers } from '../answers/answers';
import type { ConsultationDetails } from '../answers/consultation-details';
import { ownQuestions } from '../answers/own-questions';
import { SENSITIVE_TOPIC_IDS, answersTouch, shareableAnswers } from '../answers/sensitive-answers';
import { BackLink } from '../components/back-link';
import { PageHeading } from '../components/page-heading';
import { UrgentNotice } from '../components/urgent-notice';
import { fill } from '../i18n/fill';
import { useI18n, useSummaryMessages } from '../i18n/i18n-context';
import type { Point } from '../../rules/fired-points';
import { summaryLayout, summaryPoints } from '../../rules/summary-points';
import { TIERS } from '../../rules/tiers';
import { SURE_SOURCES } from '../../rules/decision-aid';
import { gridSources, optionColumns } from '../../rules/option-grid';
import { isUrgentPoint } from '../../rules/urgent-points';
import { withheldTest } from '../../rules/withheld-points';
import { sharedSummary } from '../embed/shared-summary';
import { AboutMeTable } from './about-me-table';
import { ConsultationHeader } from './consultation-header';
import { ContentVersionLine } from './content-version-line';
import { DecisionSummary } from './decision-summary';
import { OwnQuestion } from './own-question';
import { citeSources, numberSources } from './number-sources';
import { SensitiveChoices } from './sensitive-choices';
import { SaveAnswersFile } from './save-answers-file';
import { ShareSummary, type ShareTarget } from './share-summary';
import { SourceList } from './source-list';
import { SummaryPoint } from './summary-point';
import { useDocumentTitle } from './use-document-title';

interface SummaryPageProps {
  answers: Answers;
  /** The header's name, date of birth and appointment, and which sensitive answers to print. */
  details: ConsultationDetails;
  onDetailsChange: (details: ConsultationDetails) => void;
  onBack: () => void;
  clinicName?: string;
  /** Told how many points the list shows, for the host page's "complete" message; undefined once it is gone. */
  onPointCount?: (count: number | undefined) => void;
  /** Present only when the clinic allows sharing and the app is embedded by it. */
  share?: ShareTarget;
}

// Ruled lines as elements, not a background: browsers leave backgrounds off paper by default.
const NOTE_LINES = [0, 1];

/**
 * The printable list, for a 30-minute consultation: what matters most for this person first,
 * "About me" for the surgeon, the questions everyone should ask (with room for the answers),
 * what to weigh up, and the sources. Decision 0013.
 */
export function SummaryPage({
  answers,
  details,
  onDetailsChange,
  onBack,
  clinicName,
  onPointCount,
  share,
}: SummaryPageProps) {
  const i18n = useI18n();
  const summaryWords = useSummaryMessages();
  const words = i18n.messages.ui.summary;
  const text = summaryWords.summaryPage;
  useDocumentTitle(words.title);
  const points = summaryPoints(answers);
  const urgent = points.filter(isUrgentPoint);
  const printable = shareableAnswers(answers, details.included);
  // The sensitive topics the person answered: each may be printed, and sent, or left out.
  const sensitiveTopics = SENSITIVE_TOPIC_IDS.filter((topic) => answersTouch(answers, topic));
  const withheld = withheldTest(details.included);
  const layout = summaryLayout(points);
  // Sources are numbered in the order the page cites them, those of printed points first, so the
  // printed list runs [1], [2], [3] without gaps.
  const shown = [...urgent, ...layout.mostImportant, ...layout.more, ...layout.questions, ...layout.beforeYouDecide];
  const printed = shown.filter((point) => !withheld(point));
  // "Your decision" comes before "Before you decide" (the weighing, then the cooling-off), so its
  // sources are numbered between theirs, keeping the printed numbers in reading order.
  const columns = optionColumns(answers);
  const decisionSources = [...gridSources(columns), ...(answers.sure ? SURE_SOURCES : [])];
  const lastPart = new Set<Point>(layout.beforeYouDecide);
  const { numberOf, sources } = numberSources([
    ...printed.filter((point) => !lastPart.has(point)),
    { sources: decisionSources },
    ...printed.filter((point) => lastPart.has(point)),
    ...shown.filter(withheld),
  ]);
  const printedSources = new Set([...printed.flatMap((point) => point.sources), ...decisionSources]);
  useEffect(() => {
    onPointCount?.(points.length);
    return () => onPointCount?.(undefined);
  }, [onPointCount, points.length]);
  const date = i18n.formatDate(new Date());
  const clinic = clinicName ?? words.theClinic;

  const list = (
    items: Point[],
    { showTier = false, withNotes = () => false, quoteAnswers = true, first }: ListOptions = {},
  ) => (
    <ol className="point-list">
      {first}
      {items.map((point) => (
        <SummaryPoint
          key={point.id}
          point={point}
          answers={quoteAnswers ? printable : {}}
          numberOf={numberOf}
          showTier={showTier}
          withNotes={withNotes(point)}
          withheld={withheld(point)}
        />
      ))}
    </ol>
  );

  return (
    <>
      <BackLink onBack={onBack} label={words.back} />
      <PageHeading>{words.title}</PageHeading>
      <ConsultationHeader details={details} onChange={onDetailsChange} />
      <p className="summary-meta">
        {clinicName ? fill(words.preparedFor, { date, clinic: clinicName }) : fill(words.prepared, { date })}{' '}
        {words.bring}
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => window.print()}>
          {words.print}
        </button>
      </div>
      <SaveAnswersFile answers={answers} />
      {share ? (
        <ShareSummary
          clinic={clinic}
          topics={sensitiveTopics}
          prepare={(preparedAt, included) =>
            sharedSummary(answers, { ...details, included }, preparedAt, i18n, summaryWords)
          }
          complete={async (summary, included) => {
            const { sharedResponse } = await import('./saved-file-io');
            const shown = shareableAnswers(answers, included);
            const authored = new Date(summary.preparedAt);
            return { ...summary, questionnaireResponse: sharedResponse(answers, shown, i18n, summaryWords, authored) };
          }}
          share={share}
        />
      ) : null}
      <UrgentNotice points={urgent} sourceNumbers={(point) => citeSources(point.sources, numberOf, words)} />

      <section aria-labelledby="most-important">
        <h2 id="most-important" className="heading-m">
          {text.mostImportant.title}
        </h2>
        {layout.mostImportant.length > 0 ? (
          <>
            <p className="section-intro">{text.mostImportant.intro}</p>
            {list(layout.mostImportant, { showTier: true, withNotes: asksSomething })}
          </>
        ) : (
          <p className="section-intro section-intro--keep">{text.mostImportant.nothingPersonal}</p>
        )}
      </section>

      <section aria-labelledby="about-me">
        <h2 id="about-me" className="heading-m">
          {text.aboutMe.title}
        </h2>
        <p className="section-intro">{text.aboutMe.intro}</p>
        <SensitiveChoices
          topics={sensitiveTopics}
          included={details.included}
          onChange={(included) => onDetailsChange({ ...details, included })}
          purpose="include"
          legend={text.choices.legend}
          hint={text.choices.hint}
          className="form-group no-print"
        />
        <AboutMeTable answers={printable} />
      </section>

      {layout.more.length > 0 ? (
        <section aria-labelledby="more-points">
          <h2 id="more-points" className="heading-m">
            {text.more.title}
          </h2>
          {TIERS.filter((tier) => layout.more.some((point) => point.tier === tier)).map((tier) => (
            <section key={tier} aria-labelledby={`more-${tier}`}>
              <h3 id={`more-${tier}`} className="heading-s">
                {text.tiers[tier]}
              </h3>
              {list(
                layout.more.filter((point) => point.tier === tier),
                { quoteAnswers: false },
              )}
            </section>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="questions">
        <h2 id="questions" className="heading-m">
          {text.questions.title}
        </h2>
        <p className="section-intro">{text.questions.intro}</p>
        {list(layout.questions, {
          withNotes: () => true,
          // The person's own questions lead, in their words: what they came to ask comes first.
          first: ownQuestions(printable).map((question, index) => (
            <OwnQuestion key={index} question={question} label={text.questions.yours} />
          )),
        })}
      </section>

      <DecisionSummary answers={answers} columns={columns} numberOf={numberOf} />

      <section aria-labelledby="before-you-decide">
        <h2 id="before-you-decide" className="heading-m">
          {text.beforeYouDecide.title}
        </h2>
        <p className="section-intro">{text.beforeYouDecide.intro}</p>
        {list(layout.beforeYouDecide)}
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
        <SourceList sources={sources} printed={printedSources} />
      </section>

      <div className="disclaimer">
        <h2 className="heading-m">{words.disclaimerTitle}</h2>
        <p>{words.disclaimer}</p>
        <ContentVersionLine />
      </div>

      <div className="button-group">
        <button type="button" className="button" onClick={() => window.print()}>
          {words.print}
        </button>
      </div>
    </>
  );
}

interface ListOptions {
  showTier?: boolean;
  withNotes?: (point: Point) => boolean;
  /**
   * "You said" beside each point. Left off below the first part: "About me" holds those answers,
   * and a complex history would otherwise repeat them point by point.
   */
  quoteAnswers?: boolean;
  /** Items that lead the list, before its points. */
  first?: ReactNode;
}

/** A point the surgeon answers (a question or something to tell them) gets room for the answer on paper. */
function asksSomething(point: Point): boolean {
  return point.section === 'ask-surgeon' || point.section === 'tell-surgeon';
}
