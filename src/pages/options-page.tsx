import type { Answers, StepAnswer } from '../answers/answers';
import { BackLink } from '../components/back-link';
import { PageHeading } from '../components/page-heading';
import { activeAnswers } from '../flow/route';
import { pageContent } from '../content/page-content';
import { useI18n, useSummaryMessages } from '../i18n/i18n-context';
import { gridSources, optionColumns } from '../../rules/option-grid';
import { numberSources } from './number-sources';
import { OptionGrid } from './option-grid';
import { SourceList } from './source-list';
import { useDocumentTitle } from './use-document-title';

interface OptionsPageProps {
  answers: Answers;
  caption: string;
  onAnswer: (answer: StepAnswer) => void;
  onBack?: () => void;
}

/**
 * The options that fit this person's answers, side by side, with where each fact comes from.
 * A page to read: nothing to answer, so Continue only records that it was seen, which keeps it on
 * the route like any other page (and lets Back and check-answers treat it the same way).
 */
export function OptionsPage({ answers, caption, onAnswer, onBack }: OptionsPageProps) {
  const { messages } = useI18n();
  const words = useSummaryMessages();
  const content = pageContent('options', messages);
  useDocumentTitle(content.title);
  // Only the answers still on the route decide the columns, as they decide the summary's points.
  const columns = optionColumns(activeAnswers(answers));
  const { numberOf, sources } = numberSources([{ sources: gridSources(columns) }]);

  return (
    <>
      {onBack ? <BackLink onBack={onBack} /> : null}
      <PageHeading caption={caption}>{content.title}</PageHeading>
      {content.lead ? <p className="lead">{content.lead}</p> : null}
      <OptionGrid columns={columns} numberOf={numberOf} caption={content.title} rowHeading="h2" />
      <details className="details">
        <summary className="details__summary">{words.summaryPage.decision.sourcesTitle}</summary>
        <SourceList sources={sources} printed={new Set(sources)} />
      </details>
      <form
        noValidate
        className="question-form"
        onSubmit={(event) => {
          event.preventDefault();
          onAnswer({ step: 'options', values: {} });
        }}
      >
        <button type="submit" className="button">
          {messages.ui.form.continue}
        </button>
      </form>
    </>
  );
}
