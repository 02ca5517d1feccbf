import type { Answers } from '../answers/answers';
import type { StepId } from '../answers/step-ids';
import type { Destination } from './flow-table';
import { nextStep, routeOf } from './route';

/** Where a page sits on the route, as the patient is told: "Question 12 of about 27". */
export interface RouteProgress {
  /** 1-based place of the page on the route. */
  position: number;
  /** The pages before it, it, and the pages still ahead as the answers stand. */
  total: number;
}

/**
 * The place of a page on the route and the route's length as the answers stand: the answered pages
 * before it, then the pages ahead walked with the answers given so far (a guard reads an unanswered
 * page as not taken). Later answers can add or remove pages, so the total is shown as "about".
 * Only the patient sees this; the host hears parts alone (decision 0012).
 */
export function routeProgress(step: StepId, answers: Answers): RouteProgress {
  const { answered } = routeOf(answers);
  const index = answered.indexOf(step);
  const position = (index === -1 ? answered.length : index) + 1;
  let ahead = 0;
  let current: Destination = nextStep(step, answers);
  while (current !== 'check-answers') {
    ahead += 1;
    current = nextStep(current, answers);
  }
  return { position, total: position + ahead };
}
