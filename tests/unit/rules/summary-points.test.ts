import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/answers/answers';
import { ALL_RULES } from '../../../rules/all-rules';
import { summaryPoints, pointsBySection } from '../../../rules/summary-points';
import type { Point } from '../../../rules/fired-points';
import { SECTIONS } from '../../../rules/sections';
import { loud } from '../../support/answers/loud-answers';
import { quiet } from '../../support/answers/quiet-answers';
import { RULE_CASES } from './rule-cases';

const sectionIndex = (point: Point) => SECTIONS.indexOf(point.section);
const ruleIndex = (point: Point) => ALL_RULES.findIndex((rule) => rule.id === point.id);
const alwaysOnIds = Object.entries(RULE_CASES)
  .filter(([, ruleCase]) => ruleCase === 'always-on')
  .map(([id]) => id);

function expectSummaryOrder(points: readonly Point[]) {
  for (let i = 1; i < points.length; i += 1) {
    const previous = points[i - 1];
    const current = points[i];
    if (!previous || !current) throw new Error('unreachable');
    const bySection = sectionIndex(previous) - sectionIndex(current);
    expect(bySection, `${previous.id} before ${current.id}`).toBeLessThanOrEqual(0);
    if (bySection === 0)
      expect(ruleIndex(previous), `${previous.id} before ${current.id}`).toBeLessThan(ruleIndex(current));
  }
}

describe('summaryPoints', () => {
  it('returns, for no answers, every always-on point and nothing urgent', () => {
    const ids = summaryPoints({}).map((point) => point.id);
    expect(alwaysOnIds.length).toBeGreaterThan(0);
    expect(ids).toEqual(expect.arrayContaining(alwaysOnIds));
    expect(summaryPoints({}).filter((point) => point.section === 'urgent')).toEqual([]);
  });

  it('returns exactly the always-on points for the quiet answers', () => {
    expect(
      summaryPoints(quiet())
        .map((point) => point.id)
        .sort(),
    ).toEqual([...alwaysOnIds].sort());
  });

  it('puts the urgent points first when there are any', () => {
    const points = summaryPoints(loud());
    expect(points.slice(0, 2).map((point) => point.id)).toEqual([
      'urgent-leg-clot-signs',
      'urgent-breathless-chest-pain',
    ]);
  });

  it.each([
    { name: 'no answers', answers: {} },
    { name: 'quiet answers', answers: quiet() },
    { name: 'loud answers', answers: loud() },
  ])('orders points by section, then by rule order ($name)', ({ answers }: { name: string; answers: Answers }) => {
    const points = summaryPoints(answers);
    expect(points.length).toBeGreaterThan(0);
    expectSummaryOrder(points);
  });

  it('spans every section for the loud answers, so the ordering test sees them all', () => {
    expect(new Set(summaryPoints(loud()).map((point) => point.section)).size).toBe(SECTIONS.length);
  });

  it('copies each fired rule into a point without its predicate', () => {
    const [point] = summaryPoints({});
    const rule = ALL_RULES.find((candidate) => candidate.id === point?.id);
    expect(point).toEqual({ id: rule?.id, section: rule?.section, sources: rule?.sources });
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

describe('pointsBySection', () => {
  it('groups points in section order and leaves out empty sections', () => {
    const points = summaryPoints(quiet());
    const groups = pointsBySection(points);
    expect(groups.map((group) => group.section)).toEqual(['ask-surgeon', 'tell-surgeon', 'before-you-decide']);
    expect(groups.flatMap((group) => group.points)).toEqual(points);
    for (const group of groups) for (const point of group.points) expect(point.section).toBe(group.section);
  });

  it('keeps every section for the loud answers, in the order of SECTIONS', () => {
    const groups = pointsBySection(summaryPoints(loud()));
    expect(groups.map((group) => group.section)).toEqual([...SECTIONS]);
  });

  it('returns no groups for no points', () => {
    expect(pointsBySection([])).toEqual([]);
  });
});
