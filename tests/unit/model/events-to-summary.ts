import type { AnswersByStep } from '../../../src/answers/answers';
import { FIRST_STEP, GET_HELP_AFTER, type Destination } from '../../../src/flow/flow-table';
import type { QuestionnaireEvent } from '../../../src/flow/questionnaire-machine';
import { nextStep } from '../../../src/flow/route';
import { routeGuards } from '../../../src/flow/route-guards';
import { tagged } from './questionnaire-model';

/**
 * A person's walk to the summary: Start, each page of the route their answers imply (worked out
 * with the app's own nextStep, page by page, as the machine will, past the get-help page an urgent
 * symptom leads to), then Confirm on check-answers.
 */
export function eventsToSummary(answers: AnswersByStep): QuestionnaireEvent[] {
  const events: QuestionnaireEvent[] = [{ type: 'START' }];
  let step: Destination = FIRST_STEP;
  while (step !== 'check-answers') {
    events.push({ type: 'SUBMIT', answer: tagged(step, answers[step]) });
    // An urgent symptom shows the get-help page; "continue preparing" goes on.
    if (step === GET_HELP_AFTER && routeGuards.hasUrgentSymptom(answers)) events.push({ type: 'CONTINUE' });
    step = nextStep(step, answers);
  }
  events.push({ type: 'CONFIRM' });
  return events;
}
