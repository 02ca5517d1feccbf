import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, AnswersByStep } from '../../../src/answers/answers';
import { activeAnswers } from '../../../src/flow/route';
import { summaryPoints } from '../../../rules/summary-points';
import { sectionRank } from '../../../rules/sections';
import { completeAnswers, someAnswers } from './answer-arbitraries';

/** The points with `when: () => true`: the ones evaluate gives when nothing is answered. */
const ALWAYS_ON = summaryPoints({}).map((point) => point.id);

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

  it('evaluate without throwing, in summary order, without repeats, and always with the always-on points', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        for (const points of [summaryPoints(answers), summaryPoints(activeAnswers(answers))]) {
          const ids = points.map((point) => point.id);
          expect(ids).toEqual(expect.arrayContaining(ALWAYS_ON));
          expect(new Set(ids).size).toBe(ids.length);
          const ranks = points.map((point) => sectionRank(point.section));
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never gain a point by leaving out the answers off the route', () => {
    // Every rule asks for something to be ticked, so fewer answers can only mean fewer points.
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const all = new Set<string>(summaryPoints(answers).map((point) => point.id));
        expect(pointIds(answers).filter((id) => !all.has(id))).toEqual([]);
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
          'skin-tightening-claims',
          'faster-or-better-claims',
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
