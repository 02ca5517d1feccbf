import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { describeCheckboxes, describeRadios, issuesOf, parsedBy } from './schema-helpers';

const AREA_VALUES = QUESTION_PAGES.area.fields.area.values;
const ANKLE_FEEL_VALUES = QUESTION_PAGES['ankle-feel'].fields.changes.values;
const CALF_FEEL_VALUES = QUESTION_PAGES['calf-feel'].fields.feel.values;
const CONCERN_VALUES = QUESTION_PAGES.concerns.fields.concerns.values;
const LEGS_VALUES = QUESTION_PAGES.area.fields.legs.values;

describe('where schemas', () => {
  describeRadios([
    { step: 'area', field: 'area', values: AREA_VALUES, message: 'Select calves, ankles, or both' },
    { step: 'area', field: 'legs', values: LEGS_VALUES, message: 'Select whether it is one leg or both legs' },
    {
      step: 'calf-feel',
      field: 'feel',
      values: CALF_FEEL_VALUES,
      message: 'Select how your calves feel, or "I am not sure"',
    },
    {
      step: 'ankle-feel',
      field: 'changes',
      values: ANKLE_FEEL_VALUES,
      message: 'Select whether your ankles change size during the day, or "I am not sure"',
    },
  ]);

  describeCheckboxes([
    {
      step: 'concerns',
      field: 'concerns',
      values: CONCERN_VALUES,
      message: 'Select at least one thing that bothers you',
      // The options carry no message of their own, so a forged value gets zod's wording (no page can send one).
    },
  ]);

  it('area parses to exactly its two answers', () => {
    expect(parsedBy(stepSchemas.area, { area: 'both', legs: 'one-leg' })).toStrictEqual({
      area: 'both',
      legs: 'one-leg',
    });
  });

  it('area reports both unanswered questions at once, in page order', () => {
    expect(issuesOf(stepSchemas.area, { area: null, legs: null })).toEqual([
      { path: ['area'], message: 'Select calves, ankles, or both' },
      { path: ['legs'], message: 'Select whether it is one leg or both legs' },
    ]);
  });

  it('concerns has no "none" option: every concern may be ticked together', () => {
    expect(parsedBy(stepSchemas.concerns, { concerns: [...CONCERN_VALUES] })).toStrictEqual({
      concerns: [...CONCERN_VALUES],
    });
  });
});
