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
      // Written out here rather than read from the declarations: the options side by side is the
      // one page that asks nothing.
      const questions = steps.filter((step) => step !== 'options');
      let previousTotal: number | undefined;
      let previousIndex = 0;
      steps.forEach((step, index) => {
        const before = answersBefore(steps, answers, index);
        // A first walk: only the pages before this one are answered.
        const firstWalk = routeProgress(step, before);
        if (step === 'options') {
          expect(firstWalk).toBeUndefined();
          expect(routeProgress(step, answers)).toBeUndefined();
          return;
        }
        const position = questions.indexOf(step) + 1;
        expect(firstWalk?.position).toBe(position);
        expect(firstWalk?.total).toBeGreaterThanOrEqual(position);
        if (previousTotal !== undefined && firstWalk?.total !== previousTotal) {
          // The total moves only once a page answered since the last question has steered the route.
          expect(steers(answersBefore(steps, answers, previousIndex), before)).toBe(true);
        }
        previousTotal = firstWalk?.total;
        previousIndex = index;
        // Coming back to the page with every answer given: the count is exact.
        expect(routeProgress(step, answers)).toEqual({ position, total: questions.length });
      });
      // On the last question, no answer is left to change the route.
      expect(previousTotal).toBe(questions.length);
    },
  );
});
