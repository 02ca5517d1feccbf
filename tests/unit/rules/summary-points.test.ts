import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/answers/answers';
import { ALL_RULES, type RuleId } from '../../../rules/all-rules';
import { MOST_IMPORTANT_LIMIT, summaryLayout, summaryPoints } from '../../../rules/summary-points';
import type { Point } from '../../../rules/fired-points';
import { TIERS, isPersonalTier, tierRank, type TierId } from '../../../rules/tiers';
import { loud } from '../../support/answers/loud-answers';
import { quiet } from '../../support/answers/quiet-answers';
import { RULE_CASES } from './rule-cases';

const ruleIndex = (point: Point) => ALL_RULES.findIndex((rule) => rule.id === point.id);
const alwaysOnIds = Object.entries(RULE_CASES)
  .filter(([, ruleCase]) => ruleCase === 'always-on')
  .map(([id]) => id);

function expectSummaryOrder(points: readonly Point[]) {
  for (let i = 1; i < points.length; i += 1) {
    const previous = points[i - 1];
    const current = points[i];
    if (!previous || !current) throw new Error('unreachable');
    const byTier = tierRank(previous.tier) - tierRank(current.tier);
    expect(byTier, `${previous.id} before ${current.id}`).toBeLessThanOrEqual(0);
    if (byTier === 0)
      expect(ruleIndex(previous), `${previous.id} before ${current.id}`).toBeLessThan(ruleIndex(current));
  }
}

/** The first rule of a tier that fires on its own for answers that fire nothing else of its tier or above. */
function firstCaseOf(tier: TierId): { id: RuleId; answers: Answers } {
  for (const rule of ALL_RULES.filter((candidate) => candidate.tier === tier)) {
    const ruleCase = RULE_CASES[rule.id];
    if (!ruleCase) continue;
    if (ruleCase === 'always-on') return { id: rule.id, answers: {} };
    const [answers] = ruleCase.fires;
    if (answers) return { id: rule.id, answers };
  }
  throw new Error(`no case for tier ${tier}`);
}

/** What a case says beyond the quiet answers, so two cases can be put together. */
function beyondQuiet(answers: Answers): Answers {
  const calm: Answers = quiet();
  return Object.fromEntries(
    Object.entries(answers).filter(
      ([step, value]) => JSON.stringify(value) !== JSON.stringify(calm[step as keyof Answers]),
    ),
  );
}

const TIER_PAIRS = TIERS.flatMap((higher, index) => TIERS.slice(index + 1).map((lower) => ({ higher, lower })));

describe('summaryPoints', () => {
  it('returns, for no answers, every always-on point and nothing urgent', () => {
    const ids = summaryPoints({}).map((point) => point.id);
    expect(alwaysOnIds.length).toBeGreaterThan(0);
    expect(ids).toEqual(expect.arrayContaining(alwaysOnIds));
    expect(summaryPoints({}).filter((point) => point.tier === 'urgent')).toEqual([]);
  });

  it('returns only checklist points for the quiet answers: nothing personal', () => {
    const points = summaryPoints(quiet());
    expect(points.filter((point) => isPersonalTier(point.tier)).map((point) => point.id)).toEqual([]);
    expect(points.map((point) => point.id)).toEqual(expect.arrayContaining(alwaysOnIds));
  });

  it('puts the urgent points first when there are any, the call for help now before the leg', () => {
    const points = summaryPoints(loud());
    expect(points.slice(0, 2).map((point) => point.id)).toEqual([
      'urgent-breathless-chest-pain',
      'urgent-leg-clot-signs',
    ]);
  });

  // For each pair of tiers: answers that fire one point of each, put together, list the higher
  // tier's point first, whatever the rule list's order.
  it.each(TIER_PAIRS)('puts a $higher point before a $lower point', ({ higher, lower }) => {
    const first = firstCaseOf(higher);
    const second = firstCaseOf(lower);
    const ids = summaryPoints({ ...quiet(), ...beyondQuiet(second.answers), ...beyondQuiet(first.answers) }).map(
      (point) => point.id,
    );
    expect(ids).toContain(first.id);
    expect(ids).toContain(second.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
  });

  it.each([
    { name: 'no answers', answers: {} },
    { name: 'quiet answers', answers: quiet() },
    { name: 'loud answers', answers: loud() },
  ])('orders points by tier, then by rule order ($name)', ({ answers }: { name: string; answers: Answers }) => {
    const points = summaryPoints(answers);
    expect(points.length).toBeGreaterThan(0);
    expectSummaryOrder(points);
  });

  it('spans every tier for the loud answers, so the ordering test sees them all', () => {
    expect(new Set(summaryPoints(loud()).map((point) => point.tier)).size).toBe(TIERS.length);
  });

  it('copies each fired rule into a point without its predicate', () => {
    const [point] = summaryPoints({});
    const rule = ALL_RULES.find((candidate) => candidate.id === point?.id);
    const { when: _when, ...data } = rule ?? { when: undefined };
    expect(point).toEqual(data);
    expect(point).not.toHaveProperty('when');
  });

  it('is pure: same answers give the same points, and the answers are not changed', () => {
    const answers = loud();
    const before = structuredClone(answers);
    const first = summaryPoints(answers);
    const second = summaryPoints(answers);
    expect(second).toEqual(first);
    expect(answers).toEqual(before);
  });

  it('gives new point objects each time, so a caller changing one cannot change the rules', () => {
    const first = summaryPoints({});
    const second = summaryPoints({});
    expect(second[0]).not.toBe(first[0]);
  });
});

describe('summaryLayout', () => {
  it('shows nothing as most important for the quiet answers, and the checklist in two parts', () => {
    const layout = summaryLayout(summaryPoints(quiet()));
    expect(layout.mostImportant).toEqual([]);
    expect(layout.more).toEqual([]);
    expect(layout.questions.length).toBeGreaterThan(0);
    expect(layout.questions.every((point) => point.section !== 'before-you-decide')).toBe(true);
    expect(layout.beforeYouDecide.map((point) => point.id)).toContain('no-surgery-is-an-option');
  });

  it('puts the first personal points first, at most five, and the rest after, urgent ones left to the notice', () => {
    const points = summaryPoints(loud());
    const layout = summaryLayout(points);
    const personal = points.filter((point) => point.tier !== 'urgent' && isPersonalTier(point.tier));
    expect(personal.length).toBeGreaterThan(MOST_IMPORTANT_LIMIT);
    expect(MOST_IMPORTANT_LIMIT).toBe(5);
    expect(layout.mostImportant).toEqual(personal.slice(0, 5));
    expect(layout.more).toEqual(personal.slice(5));
    const all = [...layout.mostImportant, ...layout.more, ...layout.questions, ...layout.beforeYouDecide];
    expect(all.map((point) => point.id).sort()).toEqual(
      points
        .filter((point) => point.tier !== 'urgent')
        .map((point) => point.id)
        .sort(),
    );
  });

  it('puts the highest tiers first among the most important', () => {
    const layout = summaryLayout(summaryPoints(loud()));
    expect(layout.mostImportant.map((point) => point.tier)).toEqual(Array(5).fill('doctor-first'));
  });
});
