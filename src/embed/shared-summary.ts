import type { Answers } from '../answers/answers';
import type { ConsultationDetails } from '../answers/consultation-details';
import { shareableAnswers } from '../answers/sensitive-answers';
import { describeStep } from '../content/describe-answers';
import { pageContent } from '../content/page-content';
import { routeOf } from '../flow/route';
import type { Localised } from '../i18n/localised';
import type { SummaryMessages } from '../i18n/messages';
import { pointText } from '../i18n/point-text';
import { summaryPoints } from '../../rules/summary-points';
import { withheldTest } from '../../rules/withheld-points';
import type { SharedSummary } from './protocol';

/**
 * What the patient sends to the clinic when they choose to: the points and their answers, as data,
 * in the words the patient read (with stable ids, so a clinic can map them whatever the language).
 * What they chose to leave off the printout is left out here too: those answers, and the points
 * that rest only on them.
 */
export function sharedSummary(
  answers: Answers,
  details: ConsultationDetails,
  preparedAt: Date,
  words: Localised,
  summary: SummaryMessages,
): SharedSummary {
  const { messages } = words;
  const shared = shareableAnswers(answers, details.included);
  const patient = {
    ...(details.name.trim() ? { name: details.name.trim() } : {}),
    ...(details.dateOfBirth.trim() ? { dateOfBirth: details.dateOfBirth.trim() } : {}),
    ...(details.appointment.trim() ? { appointment: details.appointment.trim() } : {}),
  };
  const withheld = withheldTest(details.included);
  return {
    preparedAt: preparedAt.toISOString(),
    language: words.locale,
    patient,
    points: summaryPoints(answers)
      .filter((point) => !withheld(point))
      .map(({ id, section, tier, sources }) => ({
        id,
        section,
        tier,
        ...pointText(id, messages, summary),
        sources: [...sources],
      })),
    // The pages on the route, from the answers as they may be shared: a page left out is not there.
    answers: routeOf(answers).answered.flatMap((step) =>
      describeStep(step, shared, words).map((row) => ({
        page: pageContent(step, messages).title,
        question: row.label,
        answer: row.values,
      })),
    ),
  };
}
