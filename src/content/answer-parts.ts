import type { AnswerRef } from '../answers/answer-ref';
import type { Answers } from '../answers/answers';
import { bodyMassIndex, roundBmi } from '../answers/body-mass-index';
import { fill } from '../i18n/fill';
import type { Localised } from '../i18n/localised';
import { pageContent } from './page-content';

/** One answer in words: the question's short label and what was chosen or typed. */
export interface AnswerPart {
  label: string;
  values: string[];
}

/**
 * The answers some references point to, in words, for "You said: …" and the "About me" table.
 * A list's "None of these" is kept only when `keepNone` is set: beside a point it would be noise
 * (it never puts a point there), while in the table it tells the surgeon something. Unanswered
 * fields and lists left empty give no part.
 */
export function answerParts(
  refs: readonly AnswerRef[],
  answers: Answers,
  words: Localised,
  { keepNone = false } = {},
): AnswerPart[] {
  const parts: AnswerPart[] = [];
  for (const ref of refs) {
    const part = ref.field === undefined ? bmiPart(ref, answers, words) : fieldPart(ref, answers, words, keepNone);
    if (part) parts.push(part);
  }
  return parts;
}

function bmiPart(ref: AnswerRef, answers: Answers, { messages, formatNumber }: Localised): AnswerPart | undefined {
  const bmi = bodyMassIndex(answers['body-size']);
  if (bmi === undefined) return undefined;
  const rounded = roundBmi(bmi);
  if (ref.bmiFrom !== undefined && rounded < ref.bmiFrom) return undefined;
  return {
    label: messages.ui.answers.heightAndWeight,
    values: [fill(messages.ui.answers.bmi, { bmi: formatNumber(rounded, 1) })],
  };
}

function fieldPart(ref: AnswerRef, answers: Answers, words: Localised, keepNone: boolean): AnswerPart | undefined {
  const page = answers[ref.step] as Record<string, unknown> | undefined;
  if (!page || ref.field === undefined) return undefined;
  const question = pageContent(ref.step, words.messages).questions.find((q) => q.name === ref.field);
  if (!question) return undefined;
  const value = page[ref.field];
  if (question.kind === 'text') {
    return typeof value === 'string' && value.trim()
      ? { label: question.shortLabel, values: [value.trim()] }
      : undefined;
  }
  const chosen: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const values = question.options
    .filter((option) => chosen.includes(option.value))
    .filter((option) => ref.only?.includes(option.value) ?? true)
    .filter((option) => keepNone || option.value !== question.noneValue)
    .map((option) => option.label);
  return values.length > 0 ? { label: question.shortLabel, values } : undefined;
}
