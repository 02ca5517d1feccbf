import { useEffect, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import type { Answers, StepAnswer } from '../answers/answers';
import type { StepId } from '../answers/step-ids';
import { BackLink } from '../components/back-link';
import { ChoiceField } from '../components/choice-field';
import { ErrorSummary } from '../components/error-summary';
import { PageHeading } from '../components/page-heading';
import { TextField } from '../components/text-field';
import { TextGroup } from '../components/text-group';
import { UrgentNotice } from '../components/urgent-notice';
import { pageContent } from '../content/page-content';
import { useI18n } from '../i18n/i18n-context';
import { urgentPoints } from '../../rules/urgent-points';
import type { TypedBeforeApp } from '../content/form-values';
import { errorFor, useStepForm } from './use-step-form';
import { useDocumentTitle } from './use-document-title';

interface QuestionPageProps {
  step: StepId;
  answers: Answers;
  caption: string;
  onAnswer: (answer: StepAnswer) => void;
  /** Absent where there is no page before this one (the first question, with no start page). */
  onBack?: () => void;
  /** What was chosen on this page prerendered, before the app came (only ever the first page shown). */
  typedBeforeApp?: TypedBeforeApp;
  /** Continue was pressed on this page prerendered, before the app came: pressed again once, now. */
  continueOnOpen?: boolean;
}

/** Any question page made of radio groups, checkbox groups and text boxes. */
export function QuestionPage({
  step,
  answers,
  caption,
  onAnswer,
  onBack,
  typedBeforeApp,
  continueOnOpen,
}: QuestionPageProps) {
  const { messages } = useI18n();
  const content = pageContent(step, messages);
  const questions = content.questions;
  // A box revealed under an option is drawn by its choice field, so it does not count as a question here.
  const shown = questions.filter((question) => question.kind !== 'text' || !question.revealedBy);
  const single = shown.length === 1;
  // Several boxes and nothing else (the person's own questions) answer one question together.
  const textGroup = !single && shown.every((question) => question.kind === 'text');
  const { form, onSubmit, errors, attempt } = useStepForm(
    step,
    answers,
    questions.map((question) => question.name),
    onAnswer,
    undefined,
    typedBeforeApp,
  );
  useDocumentTitle(content.title, errors.length > 0);
  // The press the person made before the app came, so they need not press twice: it goes on, or
  // shows what is missing, as a press now would.
  const replayed = useRef(false);
  useEffect(() => {
    if (!continueOnOpen || replayed.current) return;
    replayed.current = true;
    void onSubmit();
  }, [continueOnOpen, onSubmit]);

  // On the urgent-symptoms page the warning appears as soon as a box is ticked, not at the end.
  const watchedSymptoms = form.watch('symptoms') as string[] | undefined;
  const liveUrgent =
    step === 'urgent-symptoms'
      ? urgentPoints({ 'urgent-symptoms': { symptoms: (watchedSymptoms ?? []).filter(isUrgentValue) } })
      : [];

  return (
    <>
      {onBack ? <BackLink onBack={onBack} /> : null}
      <ErrorSummary errors={errors} attempt={attempt} />
      <FormProvider {...form}>
        <form noValidate onSubmit={onSubmit} className="question-form">
          {textGroup ? (
            <>
              <span className="caption">{caption}</span>
              <TextGroup
                legend={content.title}
                hint={content.lead}
                name={step}
                fields={shown.flatMap((question) =>
                  question.kind === 'text'
                    ? [{ name: question.name, label: question.label, error: errorFor(errors, question.name) }]
                    : [],
                )}
              />
            </>
          ) : single ? (
            <span className="caption">{caption}</span>
          ) : (
            <PageHeading caption={caption}>{content.title}</PageHeading>
          )}
          {content.lead && !single && !textGroup ? <p className="lead">{content.lead}</p> : null}
          {textGroup
            ? null
            : shown.map((question) =>
                question.kind === 'text' ? (
                  <TextField
                    key={question.name}
                    name={question.name}
                    label={question.label}
                    hint={question.hint}
                    error={errorFor(errors, question.name)}
                    multiline
                  />
                ) : (
                  <ChoiceField
                    key={question.name}
                    question={question}
                    isPageHeading={single}
                    lead={single ? content.lead : undefined}
                    error={errorFor(errors, question.name)}
                    revealedError={(name) => errorFor(errors, name)}
                  />
                ),
              )}
          <UrgentNotice points={liveUrgent} live />
          <button type="submit" className="button">
            {messages.ui.form.continue}
          </button>
        </form>
      </FormProvider>
    </>
  );
}

function isUrgentValue(value: string): value is 'one-leg-swollen-painful' | 'breathless-chest-pain' {
  return value === 'one-leg-swollen-painful' || value === 'breathless-chest-pain';
}
