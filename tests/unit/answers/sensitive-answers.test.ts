import { describe, expect, it } from 'vitest';
import {
  INCLUDED_BY_DEFAULT,
  answersTouch,
  shareableAnswers,
  withheldPages,
} from '../../../src/answers/sensitive-answers';
import { withheldTest } from '../../../rules/withheld-points';
import { summaryPoints } from '../../../rules/summary-points';
import { quiet } from '../../support/answers/quiet-answers';

const FEELINGS = { worry: 'a-great-deal', thinkingTime: 'over-3-hours', holdsBack: 'often' } as const;
const NOTHING = { pregnancy: false, feelings: false };
const EVERYTHING = { pregnancy: true, feelings: true };

describe('sensitive answers', () => {
  it('leave body image out by default and keep pregnancy in', () => {
    expect(INCLUDED_BY_DEFAULT).toEqual({ pregnancy: true, feelings: false });
    expect([...withheldPages(INCLUDED_BY_DEFAULT)]).toEqual(['wellbeing']);
  });

  it('are offered as a choice only when the person answered them', () => {
    expect(answersTouch({}, 'feelings')).toBe(false);
    expect(answersTouch(quiet(), 'feelings')).toBe(true);
    expect(answersTouch({ 'clot-risk': { factors: ['recent-pregnancy'] } }, 'pregnancy')).toBe(true);
    expect(answersTouch({ 'clot-risk': { factors: ['estrogen'] } }, 'pregnancy')).toBe(false);
    // "Prefer not to say" throughout tells nothing, so there is nothing to choose about.
    expect(answersTouch({ pregnancy: { pregnancy: 'prefer-not-to-say' } }, 'pregnancy')).toBe(false);
    const preferNot = {
      worry: 'prefer-not-to-say',
      thinkingTime: 'prefer-not-to-say',
      holdsBack: 'prefer-not-to-say',
    } as const;
    expect(answersTouch({ wellbeing: preferNot }, 'feelings')).toBe(false);
    expect(answersTouch({ wellbeing: { ...preferNot, worry: 'a-little' } }, 'feelings')).toBe(true);
  });

  it('as shared, lose the pages and the single options a left-out topic covers, and nothing else', () => {
    const answers = quiet({
      wellbeing: FEELINGS,
      'clot-risk': { factors: ['recent-pregnancy', 'previous-clot'] },
    });
    const shared = shareableAnswers(answers, NOTHING);
    expect(shared.wellbeing).toBeUndefined();
    expect(shared.pregnancy).toBeUndefined();
    expect(shared['clot-risk']).toEqual({ factors: ['previous-clot'] });
    expect(shared.age).toEqual(answers.age);
    // The person's own answers are not changed.
    expect(answers['clot-risk']).toEqual({ factors: ['recent-pregnancy', 'previous-clot'] });
    expect(shareableAnswers(answers, EVERYTHING)).toEqual(answers);
  });

  it('withhold a point only when every answer it rests on is left out', () => {
    const answers = quiet({ wellbeing: FEELINGS, pregnancy: { pregnancy: 'within-2-years' } });
    const point = (id: string) => {
      const found = summaryPoints(answers).find((each) => each.id === id);
      if (!found) throw new Error(`${id} did not fire`);
      return found;
    };
    expect(withheldTest(INCLUDED_BY_DEFAULT)(point('talk-about-feelings'))).toBe(true);
    expect(withheldTest(EVERYTHING)(point('talk-about-feelings'))).toBe(false);
    expect(withheldTest(INCLUDED_BY_DEFAULT)(point('pregnancy-later'))).toBe(false);
    expect(withheldTest(NOTHING)(point('pregnancy-later'))).toBe(true);
    // A point for everyone rests on no answer and is never withheld.
    expect(withheldTest(NOTHING)(point('no-surgery-is-an-option'))).toBe(false);
  });
});
