import { useEffect, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import type { Answers, StepAnswer } from '../answers/answers';
import { bodyMassIndex, isLikelyBmi, roundBmi } from '../answers/body-mass-index';
import { bodySizeSchema } from '../answers/body-size-schema';
import { BackLink } from '../components/back-link';
import { ChoiceField } from '../components/choice-field';
import { ErrorSummary } from '../components/error-summary';
import { fieldIds } from '../components/field-ids';
import { focusInPlace } from '../components/focus-in-place';
import { PageHeading } from '../components/page-heading';
import { TextField } from '../components/text-field';
import { pageContent } from '../content/page-content';
import type { UnitSystem } from '../answers/units';
import { readTyped, toImperial, toMetric } from '../answers/unit-conversion';
import { fill } from '../i18n/fill';
import { useI18n } from '../i18n/i18n-context';
import { errorFor, useStepForm } from './use-step-form';
import { useDocumentTitle } from './use-document-title';

interface BodySizePageProps {
  answers: Answers;
  caption: string;
  /** The units the page starts in when nothing is saved: the patient's usual ones. */
  defaultUnits: UnitSystem;
  onAnswer: (answer: StepAnswer) => void;
  /** Absent where there is no page before this one (the first question, with no start page). */
  onBack?: () => void;
}

const FIELD_ORDER = ['units', 'feet', 'inches', 'pounds', 'centimetres', 'kilograms'] as const;
type Measured = Exclude<(typeof FIELD_ORDER)[number], 'units'>;

/** Optional height and weight, in either unit system, with the BMI worked out as they type. */
export function BodySizePage({ answers, caption, defaultUnits, onAnswer, onBack }: BodySizePageProps) {
  const { messages, formatNumber } = useI18n();
  const words = messages.ui.bodySize;
  const content = pageContent('body-size', messages);
  // Numbers that give a BMI no person is likely to have wait for the patient to confirm them.
  const [unlikely, setUnlikely] = useState<{ answer: StepAnswer; bmi: number }>();
  const checkHeading = useRef<HTMLHeadingElement>(null);
  const keepOrCheck = (answer: StepAnswer) => {
    const size = answer.step === 'body-size' ? bodyMassIndex(answer.values) : undefined;
    if (size === undefined || isLikelyBmi(size)) onAnswer(answer);
    else setUnlikely({ answer, bmi: size });
  };
  const { form, onSubmit, errors, attempt } = useStepForm('body-size', answers, FIELD_ORDER, keepOrCheck, defaultUnits);
  useEffect(() => {
    if (unlikely) focusInPlace(checkHeading.current);
  }, [unlikely]);
  // Any change to the boxes answers the question: the next Continue checks the new numbers.
  useEffect(() => {
    const { unsubscribe } = form.watch(() => setUnlikely(undefined));
    return unsubscribe;
  }, [form]);
  // Switching units carries over what was typed, converted, so nobody types it again. Text that is
  // not a number stays behind in the hidden boxes and is not carried over.
  useEffect(() => {
    const { unsubscribe } = form.watch((values, { name }) => {
      if (name !== 'units') return;
      const converted =
        values.units === 'metric'
          ? toMetric({
              feet: readTyped(values.feet),
              inches: readTyped(values.inches),
              pounds: readTyped(values.pounds),
            })
          : toImperial({ centimetres: readTyped(values.centimetres), kilograms: readTyped(values.kilograms) });
      for (const [field, value] of Object.entries(converted)) {
        if (value !== undefined) form.setValue(field as Measured, String(value));
      }
    });
    return unsubscribe;
  }, [form]);
  useDocumentTitle(content.title, errors.length > 0);
  const units = form.watch('units') as UnitSystem;
  const live = bodySizeSchema.safeParse(form.watch());
  const bmi = live.success ? bodyMassIndex(live.data) : undefined;
  const unitsQuestion = content.questions[0];
  // The number goes in bold wherever the language puts it in the sentence.
  const [beforeBmi = '', afterBmi = ''] = words.bmiResult.split('{bmi}');

  return (
    <>
      {onBack ? <BackLink onBack={onBack} /> : null}
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
              <legend className="legend">{words.metricLegend}</legend>
              <TextField
                name="centimetres"
                label={words.centimetres}
                inputMode="decimal"
                width="width-5"
                suffix={words.centimetresUnit}
                error={errorFor(errors, 'centimetres')}
              />
              <TextField
                name="kilograms"
                label={words.kilograms}
                inputMode="decimal"
                width="width-5"
                suffix={words.kilogramsUnit}
                error={errorFor(errors, 'kilograms')}
              />
            </fieldset>
          ) : (
            <fieldset className="fieldset">
              <legend className="legend">{words.imperialLegend}</legend>
              <div className="inline-fields">
                <TextField
                  name="feet"
                  label={words.feet}
                  inputMode="numeric"
                  width="width-3"
                  suffix={words.feetUnit}
                  error={errorFor(errors, 'feet')}
                />
                <TextField
                  name="inches"
                  label={words.inches}
                  inputMode="numeric"
                  width="width-3"
                  suffix={words.inchesUnit}
                  error={errorFor(errors, 'inches')}
                />
              </div>
              <TextField
                name="pounds"
                label={words.pounds}
                inputMode="decimal"
                width="width-5"
                suffix={words.poundsUnit}
                error={errorFor(errors, 'pounds')}
              />
            </fieldset>
          )}
          <div className="bmi" aria-live="polite">
            {bmi === undefined ? (
              <p>{words.bmiPending}</p>
            ) : (
              <p>
                {beforeBmi}
                <strong>{formatNumber(roundBmi(bmi), 1)}</strong>
                {afterBmi}
              </p>
            )}
          </div>
          {unlikely ? (
            <div className="notification" role="group" aria-labelledby="unlikely-heading">
              <h2 id="unlikely-heading" className="heading-m" tabIndex={-1} ref={checkHeading}>
                {words.unlikelyTitle}
              </h2>
              <p>{fill(words.unlikelyText, { bmi: formatNumber(roundBmi(unlikely.bmi), 1) })}</p>
              <div className="button-group">
                <button type="button" className="button" onClick={() => onAnswer(unlikely.answer)}>
                  {words.unlikelyKeep}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setUnlikely(undefined);
                    focusInPlace(document.getElementById(fieldIds(units === 'metric' ? 'centimetres' : 'feet').field));
                  }}
                >
                  {words.unlikelyChange}
                </button>
              </div>
            </div>
          ) : (
            <button type="submit" className="button">
              {messages.ui.form.continue}
            </button>
          )}
        </form>
      </FormProvider>
    </>
  );
}
