import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { describeCheckboxes, issuesOf, NONE_ALONE, parsedBy } from './schema-helpers';

const FAT_PATTERN_VALUES = QUESTION_PAGES['fat-pattern'].fields.signs.values;
const SWELLING_VALUES = QUESTION_PAGES.swelling.fields.signs.values;
const URGENT_SYMPTOM_VALUES = QUESTION_PAGES['urgent-symptoms'].fields.symptoms.values;
const VEIN_VALUES = QUESTION_PAGES.veins.fields.signs.values;

describe('look-alike schemas', () => {
  describeCheckboxes([
    {
      step: 'urgent-symptoms',
      field: 'symptoms',
      values: URGENT_SYMPTOM_VALUES,
      none: 'none',
      message: 'Select any that you have now, or "None of these"',
    },
    {
      step: 'fat-pattern',
      field: 'signs',
      values: FAT_PATTERN_VALUES,
      none: 'none',
      message: 'Select any that describe your legs, or "None of these"',
    },
    {
      step: 'swelling',
      field: 'signs',
      values: SWELLING_VALUES,
      none: 'none',
      message: 'Select any kind of swelling you have, or "None of these"',
    },
    {
      step: 'veins',
      field: 'signs',
      values: VEIN_VALUES,
      none: 'none',
      message: 'Select any that you have noticed, or "None of these"',
    },
  ]);

  it('urgent symptoms keeps both symptoms when both are ticked', () => {
    expect(
      parsedBy(stepSchemas['urgent-symptoms'], { symptoms: ['one-leg-swollen-painful', 'breathless-chest-pain'] }),
    ).toStrictEqual({
      symptoms: ['one-leg-swollen-painful', 'breathless-chest-pain'],
    });
  });

  it('"none" ticked twice is not "on its own" either, and is a repeat', () => {
    expect(issuesOf(stepSchemas.veins, { signs: ['none', 'none'] })).toEqual([
      { path: ['signs'], message: NONE_ALONE },
      { path: ['signs'], message: 'Select any that you have noticed, or "None of these"' },
    ]);
  });

  it('a box ticked twice is refused (only tampered data can hold a repeat)', () => {
    expect(issuesOf(stepSchemas.veins, { signs: ['spider', 'spider'] })).toEqual([
      { path: ['signs'], message: 'Select any that you have noticed, or "None of these"' },
    ]);
  });
});
