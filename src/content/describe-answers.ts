import type { Answers, StepValues } from '../answers/answers';
import type { StepId } from '../answers/step-ids';
import { pageContent } from './page-content';
import { fill } from '../i18n/fill';
import type { Localised } from '../i18n/localised';
import { bodyMassIndex, roundBmi } from '../answers/body-mass-index';
import { ownQuestions } from '../answers/own-questions';

export interface AnswerRow {
  /** The question, shortened for a list. */
  label: string;
  /** The answer in words; several choices become several entries. */
  values: string[];
}

function describeBodySize(size: StepValues<'body-size'>, { messages, formatNumber }: Localised): string[] {
  const words = messages.ui.answers;
  const bmi = bodyMassIndex(size);
  if (bmi === undefined) return [words.notGiven];
  const measures =
    size.units === 'imperial'
      ? fill(words.imperial, {
          feet: formatNumber(size.feet ?? 0),
          inches: formatNumber(size.inches ?? 0),
          pounds: formatNumber(size.pounds ?? 0),
        })
      : fill(words.metric, {
          centimetres: formatNumber(size.centimetres ?? 0),
          kilograms: formatNumber(size.kilograms ?? 0),
        });
  return [measures, fill(words.bmi, { bmi: formatNumber(roundBmi(bmi), 1) })];
}

function isWritten(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** One page's answers in words, one row per question, for check-answers and the printout. */
export function describeStep(step: StepId, answers: Answers, words: Localised): AnswerRow[] {
  const saved = answers[step];
  if (!saved) return [];
  const notGiven = words.messages.ui.answers.notGiven;
  if (step === 'body-size') {
    return [
      {
        label: words.messages.ui.answers.heightAndWeight,
        values: describeBodySize(saved as StepValues<'body-size'>, words),
      },
    ];
  }
  const record = saved as Record<string, unknown>;
  const questions = pageContent(step, words.messages).questions.filter(
    // A box that opens under an option is shown only with what was typed in it.
    (question) => question.kind !== 'text' || !question.revealedBy || Boolean(record[question.name]),
  );
  if (step === 'own-questions') {
    // Five boxes, one row: the questions the person wrote, in order, without the empty boxes.
    const written = ownQuestions(answers);
    return [{ label: questions[0]?.shortLabel ?? '', values: written.length > 0 ? written : [notGiven] }];
  }
  return questions.map((question) => {
    const value = record[question.name];
    if (question.kind === 'text') {
      return { label: question.shortLabel, values: [isWritten(value) ? value : notGiven] };
    }
    const chosen = Array.isArray(value) ? value : [value];
    const labels = question.options.filter((option) => chosen.includes(option.value)).map((option) => option.label);
    return { label: question.shortLabel, values: labels.length > 0 ? labels : [notGiven] };
  });
}
