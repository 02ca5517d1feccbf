import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/answers/answers';
import { ALL_RULES } from '../../../rules/all-rules';
import { summaryPoints } from '../../../rules/summary-points';
import type { Rule } from '../../../rules/rule';
import { isPersonalTier } from '../../../rules/tiers';
import { loud } from '../../support/answers/loud-answers';
import { quiet } from '../../support/answers/quiet-answers';
import { RULE_CASES, type RuleCase } from './rule-cases';

function ruleById(id: string): Rule {
  const rule = ALL_RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`No rule with id ${id}`);
  return rule;
}

/** Whether the rule's point is on the summary for these answers (through `evaluate`, as the UI sees it). */
function fires(id: string, answers: Answers): boolean {
  return summaryPoints(answers).some((point) => point.id === id);
}

const entries = Object.entries(RULE_CASES);
const alwaysOn = entries.filter(([, ruleCase]) => ruleCase === 'always-on').map(([id]) => id);
const conditional = entries.flatMap(([id, ruleCase]) => (ruleCase === 'always-on' ? [] : [{ id, ruleCase }]));
const firing = conditional.flatMap(({ id, ruleCase }) =>
  ruleCase.fires.map((answers, index) => ({ id, number: index + 1, answers })),
);
const silent = conditional.flatMap(({ id, ruleCase }) =>
  ruleCase.silent.map((answers, index) => ({ id, number: index + 1, answers })),
);

describe('rule table', () => {
  it('has an entry for every rule, and none for rules that do not exist', () => {
    const ruleIds = ALL_RULES.map((rule) => rule.id).sort();
    expect(Object.keys(RULE_CASES).sort()).toEqual(ruleIds);
  });

  it.each(conditional)(
    '$id has at least one firing and one silent case',
    ({ ruleCase }: { ruleCase: Exclude<RuleCase, 'always-on'> }) => {
      expect(ruleCase.fires.length).toBeGreaterThan(0);
      expect(ruleCase.silent.length).toBeGreaterThan(0);
    },
  );

  it.each(firing)('$id fires for its case $number', ({ id, answers }) => {
    expect(fires(id, answers)).toBe(true);
  });

  it.each(silent)('$id stays silent for its case $number', ({ id, answers }) => {
    expect(fires(id, answers)).toBe(false);
  });

  // A personal point must stay quiet before any answer and for the calmest answers: otherwise it
  // is a point for everyone in disguise, and the healthy person's "nothing personal" is false.
  // (Checklist variants may fire for them: the wording for a surgeon already named, for example.)
  const personal = conditional.filter(({ id }) => isPersonalTier(ruleById(id).tier));
  it.each(personal)('$id (personal) stays silent with no answers and with the quiet answers', ({ id }) => {
    expect(fires(id, {})).toBe(false);
    expect(fires(id, quiet())).toBe(false);
  });

  it.each(alwaysOn)('%s (on every summary) is on the checklist, not a personal point', (id) => {
    expect(ruleById(id).tier).toBe('checklist');
  });

  it.each(alwaysOn)('%s fires with no answers, the quiet answers and the loud answers', (id) => {
    expect(ruleById(id).when({})).toBe(true);
    expect(fires(id, {})).toBe(true);
    expect(fires(id, quiet())).toBe(true);
    expect(fires(id, loud())).toBe(true);
  });
});
