import type { Answers, StepValues } from './answers';
import type { StepId } from './step-ids';
import { pageContent } from '../content/page-content';
import { bodyMassIndex, roundBmi } from './body-mass-index';

export interface AnswerRow {
  /** The question, shortened for a list. */
  label: string;
  /** The answer in words; several choices become several entries. */
  values: string[];
}

const NOT_GIVEN = 'Not given';

function describeBodySize(size: StepValues<'body-size'>): string[] {
  const bmi = bodyMassIndex(size);
  if (bmi === undefined) return [NOT_GIVEN];
  const measures =
    size.units === 'imperial'
      ? `${size.feet} ft ${size.inches ?? 0} in, ${size.pounds} lb`
      : `${size.centimetres} cm, ${size.kilograms} kg`;
  return [measures, `BMI ${roundBmi(bmi).toFixed(1)}`];
}

/** One page's answers in words, one row per question, for check-answers and the printout. */
export function describeStep(step: StepId, answers: Answers): AnswerRow[] {
  const saved = answers[step];
  if (!saved) return [];
  if (step === 'body-size') {
    return [{ label: 'Height and weight', values: describeBodySize(saved as StepValues<'body-size'>) }];
  }
  const record = saved as Record<string, unknown>;
  return pageContent[step].questions.map((question) => {
    const value = record[question.name];
    if (question.kind === 'text') {
      return { label: question.shortLabel, values: [typeof value === 'string' && value ? value : NOT_GIVEN] };
    }
    const chosen = Array.isArray(value) ? value : [value];
    const labels = question.options.filter((option) => chosen.includes(option.value)).map((option) => option.label);
    return { label: question.shortLabel, values: labels.length > 0 ? labels : [NOT_GIVEN] };
  });
}
