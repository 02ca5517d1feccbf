import { FormProvider } from 'react-hook-form';
import type { Answers, StepAnswer } from '../answers/answers';
import { bodyMassIndex, roundBmi } from '../answers/body-mass-index';
import { bodySizeSchema } from '../answers/schemas/weight-schemas';
import { BackLink } from '../components/back-link';
import { ChoiceField } from '../components/choice-field';
import { ErrorSummary } from '../components/error-summary';
import { PageHeading } from '../components/page-heading';
import { TextField } from '../components/text-field';
import { bodySizeContent, bodySizeFieldLabels } from '../content/weight-content';
import { errorFor, useStepForm } from './use-step-form';
import { useDocumentTitle } from './use-document-title';

interface BodySizePageProps {
  answers: Answers;
  caption: string;
  onAnswer: (answer: StepAnswer) => void;
  onBack: () => void;
}

const FIELD_ORDER = ['units', 'feet', 'inches', 'pounds', 'centimetres', 'kilograms'] as const;

/** Optional height and weight, in either unit system, with the BMI worked out as they type. */
export function BodySizePage({ answers, caption, onAnswer, onBack }: BodySizePageProps) {
  const content = bodySizeContent;
  const { form, onSubmit, errors, attempt } = useStepForm('body-size', answers, FIELD_ORDER, onAnswer);
  useDocumentTitle(content.title, errors.length > 0);
  const units = form.watch('units') as 'imperial' | 'metric';
  const live = bodySizeSchema.safeParse(form.watch());
  const bmi = live.success ? bodyMassIndex(live.data) : undefined;
  const unitsQuestion = content.questions[0];

  return (
    <>
      <BackLink onBack={onBack} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <FormProvider {...form}>
        <form noValidate onSubmit={onSubmit} className="question-form">
          <PageHeading caption={caption}>{content.title}</PageHeading>
          <p className="lead">{content.lead}</p>
          {unitsQuestion && unitsQuestion.kind === 'radio' ? (
            <ChoiceField question={unitsQuestion} isPageHeading={false} error={errorFor(errors, 'units')} />
          ) : null}
          {units === 'metric' ? (
            <fieldset className="fieldset">
              <legend className="legend">Height and weight in metric units</legend>
              <TextField name="centimetres" label={`Height (${bodySizeFieldLabels.centimetres.toLowerCase()})`} inputMode="decimal" width="width-5" suffix="cm" error={errorFor(errors, 'centimetres')} />
              <TextField name="kilograms" label={`Weight (${bodySizeFieldLabels.kilograms.toLowerCase()})`} inputMode="decimal" width="width-5" suffix="kg" error={errorFor(errors, 'kilograms')} />
            </fieldset>
          ) : (
            <fieldset className="fieldset">
              <legend className="legend">Height and weight in feet, inches and pounds</legend>
              <div className="inline-fields">
                <TextField name="feet" label={`Height (${bodySizeFieldLabels.feet.toLowerCase()})`} inputMode="numeric" width="width-3" suffix="ft" error={errorFor(errors, 'feet')} />
                <TextField name="inches" label={bodySizeFieldLabels.inches} inputMode="numeric" width="width-3" suffix="in" error={errorFor(errors, 'inches')} />
              </div>
              <TextField name="pounds" label={`Weight (${bodySizeFieldLabels.pounds.toLowerCase()})`} inputMode="decimal" width="width-5" suffix="lb" error={errorFor(errors, 'pounds')} />
            </fieldset>
          )}
          <div className="bmi" aria-live="polite">
            {bmi === undefined ? (
              <p>Your BMI will show here when you enter both height and weight.</p>
            ) : (
              <p>
                Your BMI is <strong>{roundBmi(bmi).toFixed(1)}</strong>. BMI is a rough guide: it does not tell muscle from fat.
              </p>
            )}
          </div>
          <button type="submit" className="button">
            Continue
          </button>
        </form>
      </FormProvider>
    </>
  );
}
