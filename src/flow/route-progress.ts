import type { Answers } from '../answers/answers';
import { QUESTION_PAGES } from '../answers/question-pages';
import type { StepId } from '../answers/step-ids';
import type { Destination } from './flow-table';
import { nextStep, routeOf } from './route';

/** Where a question sits on the route, as the patient is told: "Question 12 of about 27". */
export interface RouteProgress {
  /** 1-based place of the question among the questions on the route. */
  position: number;
  /** The questions before it, it, and the questions still ahead as the answers stand. */
  total: number;
}

/** A page to read (the options side by side) asks nothing, so it is not counted as a question. */
function asks(step: StepId): boolean {
  return Object.keys(QUESTION_PAGES[step].fields).length > 0;
}

/**
 * The place of a question on the route and the number of questions as the answers stand: the
 * answered pages before it, then the pages ahead walked with the answers given so far (a guard reads
 * an unanswered page as not taken), counting only pages that ask something. Later answers can add
 * or remove pages, so the total is shown as "about". Nothing for a page that asks nothing.
 * Only the patient sees this; the host hears parts alone (decision 0012).
 */
export function routeProgress(step: StepId, answers: Answers): RouteProgress | undefined {
  if (!asks(step)) return undefined;
  const { answered } = routeOf(answers);
  const index = answered.indexOf(step);
  const before = index === -1 ? answered : answered.slice(0, index);
  const position = before.filter(asks).length + 1;
  let ahead = 0;
  let current: Destination = nextStep(step, answers);
  while (current !== 'check-answers') {
    if (asks(current)) ahead += 1;
    current = nextStep(current, answers);
  }
  return { position, total: position + ahead };
}
