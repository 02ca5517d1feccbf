import { describe, expect, it } from 'vitest';
import { said, saidBmiFrom } from '../../../src/answers/answer-ref';
import { answerParts } from '../../../src/content/answer-parts';
import { aboutMe } from '../../../src/content/about-me';
import { activeAnswers } from '../../../src/flow/route';
import { ALL_RULES } from '../../../rules/all-rules';
import { isPersonalTier } from '../../../rules/tiers';
import { metric } from '../../support/answers/body-size-answers';
import { loud } from '../../support/answers/loud-answers';
import { quiet } from '../../support/answers/quiet-answers';
import { english } from '../../support/english';
import { RULE_CASES } from '../rules/rule-cases';

describe('answerParts ("You said: …")', () => {
  it('gives the chosen options in the words the person read, under the question’s short label', () => {
    const answers = quiet({ 'clot-risk': { factors: ['previous-clot', 'estrogen'] } });
    expect(answerParts([said('clot-risk', 'factors')], answers, english)).toEqual([
      { label: 'Blood-clot risks', values: ['I have had a blood clot', 'I take estrogen'] },
    ]);
  });

  it('keeps only the options a point rests on, and never "None of these" unless asked to', () => {
    const answers = quiet({ swelling: { signs: ['foot-and-toes', 'both-legs'] } });
    expect(answerParts([said('swelling', 'signs', ['both-legs'])], answers, english)).toEqual([
      { label: 'Swelling', values: ['Both legs or ankles swell, for example by the evening'] },
    ]);
    expect(answerParts([said('veins', 'signs')], quiet(), english)).toEqual([]);
    expect(answerParts([said('veins', 'signs')], quiet(), english, { keepNone: true })).toEqual([
      { label: 'Vein signs', values: ['None of these'] },
    ]);
  });

  it('gives typed notes as typed, and nothing for an empty note or an unanswered page', () => {
    const typed = quiet({ medicines: { items: ['other-prescribed'], details: ' Levothyroxine ' } });
    expect(answerParts([said('medicines', 'details')], typed, english)).toEqual([
      { label: 'Your notes on medicines', values: ['Levothyroxine'] },
    ]);
    expect(answerParts([said('medicines', 'details')], quiet(), english)).toEqual([]);
    expect(answerParts([said('age', 'age')], {}, english)).toEqual([]);
  });

  it('gives the BMI only from the figure that put the point there', () => {
    expect(answerParts([saidBmiFrom(30)], quiet(metric(160, 90)), english)).toEqual([
      { label: 'Height and weight', values: ['BMI 35.2'] },
    ]);
    expect(answerParts([saidBmiFrom(30)], quiet(), english)).toEqual([]);
    expect(answerParts([saidBmiFrom(0)], quiet(), english)).toEqual([
      { label: 'Height and weight', values: ['BMI 22.5'] },
    ]);
  });

  // Every personal point says why it is there: for each case that fires it, "You said" is not empty.
  const firing = ALL_RULES.filter((rule) => isPersonalTier(rule.tier)).flatMap((rule) => {
    const ruleCase = RULE_CASES[rule.id];
    return ruleCase && ruleCase !== 'always-on'
      ? ruleCase.fires.map((answers, index) => ({ id: rule.id, number: index + 1, rule, answers }))
      : [];
  });
  it.each(firing)('$id quotes at least one answer for its firing case $number', ({ rule, answers }) => {
    expect(answerParts(rule.because, answers, english).length).toBeGreaterThan(0);
  });
});

describe('aboutMe (the table for the surgeon)', () => {
  it('shows "None of these" only where it is all a row has', () => {
    // As the summary gives it: the answers on the route (calves only, so no ankle answer).
    const rows = aboutMe(activeAnswers(quiet()), english);
    const row = (id: string) => rows.find((each) => each.id === id);
    expect(row('clot-risk')?.parts).toEqual([{ label: 'Blood-clot risks', values: ['None of these'] }]);
    // The calf answer is there, so the signs left as "None of these" are not printed beside it.
    expect(row('leg-signs')?.parts.map((part) => part.label)).toEqual(['Calves on tiptoe']);
  });

  it('has a row for each topic answered, in the table’s order, and none for pages not answered', () => {
    expect(aboutMe({}, english)).toEqual([]);
    const ids = aboutMe(loud(), english).map((row) => row.id);
    expect(ids).toEqual([
      'area',
      'symptoms',
      'leg-signs',
      'body-size',
      'weight',
      'pregnancy',
      'age',
      'clot-risk',
      'medicines',
      'conditions',
      'technique',
      'hopes',
      'feelings',
    ]);
  });

  it('labels each answer in a row that holds several questions', () => {
    const weight = aboutMe(loud(), english).find((row) => row.id === 'weight');
    expect(weight?.labelled).toBe(true);
    expect(weight?.parts.map((part) => part.label)).toEqual([
      'Weight in the last 12 months',
      'Weight plans',
      'GLP-1 medicine',
    ]);
  });
});
