import type { Answers, AnswersByStep } from '../answers/answers';
import { isStepId, type StepId } from '../answers/step-ids';
import { FIRST_STEP, GET_HELP_AFTER, flowTable, type Destination } from './flow-table';
import { routeGuards } from './route-guards';

/** Where a page leads, given the answers as they stand once that page is saved. */
export function nextStep(step: StepId, answers: Answers): Destination {
  const transitions: readonly { guard?: keyof typeof routeGuards; target: Destination }[] = flowTable[step];
  for (const transition of transitions) {
    if (!transition.guard || routeGuards[transition.guard](answers)) return transition.target;
  }
  // The table gives every step a default; reaching here means the table was edited wrongly.
  throw new Error(`No route out of step "${step}"`);
}

export interface Route {
  /** The answered pages on the route, in order. */
  answered: StepId[];
  /** The first page on the route without an answer, or check-answers when every page is answered. */
  next: Destination;
}

/** Walks the route the answers imply, from the first page until a page without an answer. */
export function routeOf(answers: Answers): Route {
  const answered: StepId[] = [];
  let current: Destination = FIRST_STEP;
  while (current !== 'check-answers' && answers[current] !== undefined) {
    answered.push(current);
    current = nextStep(current, answers);
  }
  return { answered, next: current };
}

/** The page before this one on the current route; undefined for the first page. */
export function previousStep(step: Destination, answers: Answers): StepId | undefined {
  const { answered, next } = routeOf(answers);
  if (step === 'check-answers' || step === next) return answered.at(-1);
  const index = answered.indexOf(step);
  return index > 0 ? answered[index - 1] : undefined;
}

/**
 * Only the answers on the current route. Answers from pages the route no longer passes
 * (say, calf questions after switching to ankles only) are kept aside but never shown on
 * check-answers and never given to the rules.
 */
export function activeAnswers(answers: Answers): Answers {
  const active: Answers = {};
  for (const step of routeOf(answers).answered) {
    copyAnswer(active, answers, step);
  }
  return active;
}

function copyAnswer<K extends StepId>(target: Answers, source: Answers, step: K): void {
  target[step] = source[step] as AnswersByStep[K] | undefined;
}

/**
 * Every place a person can be: the start page, a question page, the "get help" page an urgent
 * answer leads to, check-answers or the summary.
 */
export type Place = Destination | 'intro' | 'get-help' | 'summary';

/** Whether a value read from outside (a URL, storage) names a place. */
export function isPlace(value: unknown): value is Place {
  return (
    value === 'intro' || value === 'check-answers' || value === 'summary' || value === 'get-help' || isStepId(value)
  );
}

/**
 * Where a person asking for `place` (by URL, browser history or a restored session) may land:
 * the place itself when the answers reach it, otherwise the furthest page they do reach.
 */
export function reachablePlace(place: Place, answers: Answers): Place {
  if (place === 'intro') return place;
  if (place === 'get-help') {
    // Only after the urgent answers that lead there; otherwise as if their page was asked for.
    const page = reachablePlace(GET_HELP_AFTER, answers);
    return page === GET_HELP_AFTER && routeGuards.hasUrgentSymptom(answers) && answers[page] !== undefined
      ? 'get-help'
      : page;
  }
  const { answered, next } = routeOf(answers);
  if (place === 'summary') return next === 'check-answers' ? 'summary' : next;
  if (place === next || (place !== 'check-answers' && answered.includes(place))) return place;
  return next;
}
