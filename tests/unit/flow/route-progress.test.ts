import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/answers/answers';
import type { StepId } from '../../../src/answers/step-ids';
import { possibleRoutes } from '../../../src/flow/possible-routes';
import { routeGuards } from '../../../src/flow/route-guards';
import { routeProgress } from '../../../src/flow/route-progress';

/** The answers of the pages before `index` on the route: what a person has given on a first walk. */
function answersBefore(steps: readonly StepId[], answers: Answers, index: number): Answers {
  return Object.fromEntries(steps.slice(0, index).map((step) => [step, answers[step]])) as Answers;
}

/** Whether answering `step` can change the route: it is read by a guard of the flow table. */
function steers(before: Answers, after: Answers): boolean {
  return Object.values(routeGuards).some((guard) => guard(before) !== guard(after));
}

describe('"Question n of about N" on every page of every route', () => {
  const routes = possibleRoutes();

  it.each(routes.map((route) => [route.steps.length, route.steps.join(' > '), route] as const))(
    'a route of %i pages: %s',
    (_length, _name, { steps, answers }) => {
      let previousTotal: number | undefined;
      steps.forEach((step, index) => {
        const before = answersBefore(steps, answers, index);
        // A first walk: only the pages before this one are answered.
        const firstWalk = routeProgress(step, before);
        expect(firstWalk.position).toBe(index + 1);
        expect(firstWalk.total).toBeGreaterThanOrEqual(index + 1);
        if (previousTotal !== undefined && firstWalk.total !== previousTotal) {
          // The total moves only once the page just answered has steered the route.
          expect(steers(answersBefore(steps, answers, index - 1), before)).toBe(true);
        }
        previousTotal = firstWalk.total;
        // Coming back to the page with every answer given: the count is exact.
        expect(routeProgress(step, answers)).toEqual({ position: index + 1, total: steps.length });
      });
      // On the last page, no answer is left to change the route.
      expect(previousTotal).toBe(steps.length);
    },
  );
});
