import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, AnswersByStep } from '../../../src/answers/answers';
import { activeAnswers } from '../../../src/flow/route';
import { summaryPoints } from '../../../rules/summary-points';
import { isPersonalTier, tierRank } from '../../../rules/tiers';
import { completeAnswers, someAnswers } from './answer-arbitraries';
import { loud } from '../../support/answers/loud-answers';
import { quiet } from '../../support/answers/quiet-answers';

/** The points everyone gets: there with no answers, the calmest and the loudest. */
const ALWAYS_ON = [summaryPoints(quiet()), summaryPoints(loud())].reduce(
  (ids, points) => ids.filter((id) => points.some((point) => point.id === id)),
  summaryPoints({}).map((point) => point.id),
);

function pointIds(answers: Answers): string[] {
  return summaryPoints(activeAnswers(answers)).map((point) => point.id);
}

/** Complete answers and partial ones: rules must cope with any page missing. */
const anyAnswers: fc.Arbitrary<Answers> = fc.oneof(someAnswers, completeAnswers);

/** Complete answers with one page's values forced, so the route is known while the rest varies. */
function withAnswer<K extends keyof AnswersByStep>(
  step: K,
  values: fc.Arbitrary<AnswersByStep[K]>,
): fc.Arbitrary<AnswersByStep> {
  return fc.tuple(completeAnswers, values).map(([answers, forced]) => ({ ...answers, [step]: forced }));
}

function expectNone(ids: readonly string[], absent: readonly string[]) {
  expect(ids.filter((id) => absent.includes(id))).toEqual([]);
}

describe('rules over random valid answers', () => {
  it('finds some points that need no answers at all', () => {
    // Otherwise the always-on properties below would hold vacuously.
    expect(ALWAYS_ON.length).toBeGreaterThan(0);
  });

  it('evaluate without throwing, in tier order, without repeats, one point per topic, always with the always-on points', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        for (const points of [summaryPoints(answers), summaryPoints(activeAnswers(answers))]) {
          const ids = points.map((point) => point.id);
          expect(ids).toEqual(expect.arrayContaining(ALWAYS_ON));
          expect(new Set(ids).size).toBe(ids.length);
          const ranks = points.map((point) => tierRank(point.tier));
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
          // Merged points: one board point, one clot point, one medicines point, and so on.
          const topics = points.flatMap((point) => (point.topic ? [point.topic] : []));
          expect(new Set(topics).size).toBe(topics.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never gain a personal point by leaving out the answers off the route', () => {
    // Every personal rule asks for something to be ticked, so fewer answers can only mean fewer
    // of them, or another wording of the same topic. (A checklist question may come back in its
    // general wording: with the facility page off the route, the general facility question.)
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        // A variant of a topic the full answers also raise is the same point in other words.
        const full = summaryPoints(answers);
        const ids = new Set<string>(full.map((point) => point.id));
        const topics = new Set(full.flatMap((point) => (point.topic ? [point.topic] : [])));
        const gained = summaryPoints(activeAnswers(answers))
          .filter((point) => isPersonalTier(point.tier))
          .filter((point) => !ids.has(point.id) && !(point.topic && topics.has(point.topic)));
        expect(gained.map((point) => point.id)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('give no ankle point to someone asking only about calves, whatever their ankle answers say', () => {
    const calvesOnly = withAnswer(
      'area',
      fc.record({
        area: fc.constant('calves' as const),
        legs: fc.constantFrom('both-legs' as const, 'one-leg' as const),
      }),
    );
    fc.assert(
      fc.property(calvesOnly, (answers) =>
        expectNone(pointIds(answers), ['ankle-size-changes', 'ankle-bone-and-tendon']),
      ),
      { numRuns: 200 },
    );
  });

  it('give no calf point to someone asking only about ankles, whatever their calf answers say', () => {
    const anklesOnly = withAnswer(
      'area',
      fc.record({
        area: fc.constant('ankles' as const),
        legs: fc.constantFrom('both-legs' as const, 'one-leg' as const),
      }),
    );
    fc.assert(
      fc.property(anklesOnly, (answers) =>
        expectNone(pointIds(answers), ['calf-muscle-or-fat', 'ask-calf-muscle-options']),
      ),
      { numRuns: 200 },
    );
  });

  it('give no device-appeal point when no energy device is considered', () => {
    const noDevice = withAnswer(
      'technique',
      fc.record({ technique: fc.constantFrom('traditional' as const, 'unsure' as const) }),
    );
    fc.assert(
      fc.property(noDevice, (answers) =>
        expectNone(pointIds(answers), [
          'ask-why-this-device',
          'device-claims',
          'device-claims-and-why',
          'less-pain-with-laser',
        ]),
      ),
      { numRuns: 200 },
    );
  });

  it('give no diabetes point without diabetes ticked, whatever the diabetes-control answer says', () => {
    const noDiabetes = withAnswer(
      'conditions',
      fc.record({
        conditions: fc.subarray(['heart', 'kidney', 'liver'] as const, { minLength: 1 }).map((list) => [...list]),
      }),
    );
    fc.assert(
      fc.property(noDiabetes, (answers) => expectNone(pointIds(answers), ['diabetes-control-check', 'tell-diabetes'])),
      { numRuns: 200 },
    );
  });

  it('give no board or facility follow-up point before a surgeon is in mind', () => {
    const noSurgeon = withAnswer('surgeon', fc.constant({ status: 'not-yet' as const }));
    fc.assert(
      fc.property(noSurgeon, (answers) => expectNone(pointIds(answers), ['ask-which-board', 'ask-office-facility'])),
      { numRuns: 200 },
    );
  });
});
