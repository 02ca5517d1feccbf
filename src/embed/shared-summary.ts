import type { Answers } from '../answers/answers';
import { describeStep } from '../answers/describe-answers';
import { pageContent } from '../content/page-content';
import { routeOf } from '../flow/route';
import { evaluate } from '../../rules/evaluate';
import type { SharedSummary } from './protocol';

/** What the patient sends to the clinic when they choose to: the points and their answers, as data. */
export function sharedSummary(answers: Answers, preparedAt: Date): SharedSummary {
  return {
    preparedAt: preparedAt.toISOString(),
    points: evaluate(answers).map(({ id, section, point, why, sources }) => ({ id, section, point, why, sources: [...sources] })),
    answers: routeOf(answers).answered.flatMap((step) =>
      describeStep(step, answers).map((row) => ({ page: pageContent[step].title, question: row.label, answer: row.values })),
    ),
  };
}
