import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { describeRadios, issuesOf, parsedBy } from './schema-helpers';

const EXPECTATION_VALUES = QUESTION_PAGES.expectations.fields.change.values;
const HOLDS_BACK_VALUES = QUESTION_PAGES.wellbeing.fields.holdsBack.values;
const SUPPORT_VALUES = QUESTION_PAGES.recovery.fields.support.values;
const THINKING_TIME_VALUES = QUESTION_PAGES.wellbeing.fields.thinkingTime.values;
const TIME_OFF_VALUES = QUESTION_PAGES.recovery.fields.timeOff.values;
const WORRY_VALUES = QUESTION_PAGES.wellbeing.fields.worry.values;

describe('readiness schemas', () => {
  describeRadios([
    {
      step: 'expectations',
      field: 'change',
      values: EXPECTATION_VALUES,
      message: 'Select how much change you hope for, or "I am not sure"',
    },
    {
      step: 'recovery',
      field: 'timeOff',
      values: TIME_OFF_VALUES,
      message: 'Select how much time off you could take, or "I am not sure"',
    },
    {
      step: 'recovery',
      field: 'support',
      values: SUPPORT_VALUES,
      message: 'Select whether someone could help you at home, or "I am not sure"',
    },
    {
      step: 'wellbeing',
      field: 'worry',
      values: WORRY_VALUES,
      message: 'Select how much you worry about how your legs look',
    },
    {
      step: 'wellbeing',
      field: 'thinkingTime',
      values: THINKING_TIME_VALUES,
      message: 'Select how much time a day you spend thinking about your legs',
    },
    {
      step: 'wellbeing',
      field: 'holdsBack',
      values: HOLDS_BACK_VALUES,
      message: 'Select how often it stops you doing things',
    },
  ]);

  it('wellbeing parses to exactly its three answers', () => {
    const input = { worry: 'a-great-deal', thinkingTime: 'over-3-hours', holdsBack: 'often' } as const;
    expect(parsedBy(stepSchemas.wellbeing, input)).toStrictEqual(input);
  });

  it('wellbeing reports all three unanswered questions, in page order', () => {
    expect(issuesOf(stepSchemas.wellbeing, { worry: null, thinkingTime: null, holdsBack: null })).toEqual([
      { path: ['worry'], message: 'Select how much you worry about how your legs look' },
      { path: ['thinkingTime'], message: 'Select how much time a day you spend thinking about your legs' },
      { path: ['holdsBack'], message: 'Select how often it stops you doing things' },
    ]);
  });

  it('recovery reports both unanswered questions', () => {
    expect(issuesOf(stepSchemas.recovery, { timeOff: null, support: null })).toEqual([
      { path: ['timeOff'], message: 'Select how much time off you could take, or "I am not sure"' },
      { path: ['support'], message: 'Select whether someone could help you at home, or "I am not sure"' },
    ]);
  });
});
