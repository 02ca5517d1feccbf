import type { Answers } from '../answers/answers';
import { describeStep } from '../content/describe-answers';
import { pageContent } from '../content/page-content';
import { routeOf } from '../flow/route';
import type { Localised } from '../i18n/localised';
import type { SummaryMessages } from '../i18n/messages';
import { pointText } from '../i18n/point-text';
import { summaryPoints } from '../../rules/summary-points';
import type { SharedSummary } from './protocol';

/**
 * What the patient sends to the clinic when they choose to: the points and their answers, as data,
 * in the words the patient read (with stable ids, so a clinic can map them whatever the language).
 */
export function sharedSummary(
  answers: Answers,
  preparedAt: Date,
  words: Localised,
  summary: SummaryMessages,
): SharedSummary {
  const { messages } = words;
  return {
    preparedAt: preparedAt.toISOString(),
    language: words.locale,
    points: summaryPoints(answers).map(({ id, section, sources }) => ({
      id,
      section,
      ...pointText(id, messages, summary),
      sources: [...sources],
    })),
    answers: routeOf(answers).answered.flatMap((step) =>
      describeStep(step, answers, words).map((row) => ({
        page: pageContent(step, messages).title,
        question: row.label,
        answer: row.values,
      })),
    ),
  };
}
