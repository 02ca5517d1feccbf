import fc from 'fast-check';
import { expect, it } from 'vitest';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { routeGuards } from '../../../src/flow/route-guards';
import { urgentPoints } from '../../../rules/urgent-points';

const SYMPTOMS = QUESTION_PAGES['urgent-symptoms'].fields.symptoms.values;

// The route may not import the rules, so its guard names the urgent symptoms again: they must agree.
it('leads to the get-help page exactly when the urgent rules raise a point', () => {
  fc.assert(
    fc.property(fc.subarray([...SYMPTOMS]), (symptoms) => {
      const answers = { 'urgent-symptoms': { symptoms } };
      expect(routeGuards.hasUrgentSymptom(answers)).toBe(urgentPoints(answers).length > 0);
    }),
  );
});
