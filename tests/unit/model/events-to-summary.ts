import type { AnswersByStep } from '../../../src/answers/answers';
import { FIRST_STEP, type Destination } from '../../../src/flow/flow-table';
import type { QuestionnaireEvent } from '../../../src/flow/questionnaire-machine';
import { nextStep } from '../../../src/flow/route';
import { tagged } from './questionnaire-model';

/**
 * A person's walk to the summary: Start, each page of the route their answers imply (worked out
 * with the app's own nextStep, page by page, as the machine will), then Confirm on check-answers.
 */
export function eventsToSummary(answers: AnswersByStep): QuestionnaireEvent[] {
  const events: QuestionnaireEvent[] = [{ type: 'START' }];
  let step: Destination = FIRST_STEP;
  while (step !== 'check-answers') {
    events.push({ type: 'SUBMIT', answer: tagged(step, answers[step]) });
    step = nextStep(step, answers);
  }
  events.push({ type: 'CONFIRM' });
  return events;
}
