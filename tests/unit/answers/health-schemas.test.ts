import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { describeCheckboxes, describeRadios, issuesOf, parsedBy } from './schema-helpers';

const AGE_VALUES = QUESTION_PAGES.age.fields.age.values;
const CLOT_RISK_VALUES = QUESTION_PAGES['clot-risk'].fields.factors.values;
const CONDITION_VALUES = QUESTION_PAGES.conditions.fields.conditions.values;
const DIABETES_CONTROL_VALUES = QUESTION_PAGES['diabetes-control'].fields.control.values;
const LEG_HISTORY_VALUES = QUESTION_PAGES['leg-history'].fields.history.values;
const MEDICINE_VALUES = QUESTION_PAGES.medicines.fields.items.values;
const NICOTINE_VALUES = QUESTION_PAGES.nicotine.fields.nicotine.values;

const TOO_LONG = 'Names of medicines must be 300 characters or fewer';

describe('health schemas', () => {
  describeRadios([
    { step: 'age', field: 'age', values: AGE_VALUES, message: 'Select your age group' },
    {
      step: 'nicotine',
      field: 'nicotine',
      values: NICOTINE_VALUES,
      message: 'Select whether you smoke, vape or use nicotine',
    },
    {
      step: 'diabetes-control',
      field: 'control',
      values: DIABETES_CONTROL_VALUES,
      message: 'Select how well your diabetes is controlled, or "I am not sure"',
    },
  ]);

  describeCheckboxes([
    {
      step: 'clot-risk',
      field: 'factors',
      values: CLOT_RISK_VALUES,
      none: 'none',
      message: 'Select any that apply to you, or "None of these"',
    },
    {
      step: 'medicines',
      field: 'items',
      values: MEDICINE_VALUES,
      none: 'none',
      message: 'Select any that you take, or "None of these"',
    },
    {
      step: 'conditions',
      field: 'conditions',
      values: CONDITION_VALUES,
      none: 'none',
      message: 'Select any conditions you have, or "None of these"',
    },
    {
      step: 'leg-history',
      field: 'history',
      values: LEG_HISTORY_VALUES,
      none: 'none',
      message: 'Select any treatment you have had, or "None of these"',
    },
  ]);

  describe('medicines details (optional text)', () => {
    it.each([
      { label: 'empty', details: '', expected: undefined },
      { label: 'only spaces', details: '   \t ', expected: undefined },
      { label: 'missing', details: undefined, expected: undefined },
      { label: 'padded', details: '  Warfarin 5 mg  ', expected: 'Warfarin 5 mg' },
      { label: 'exactly 300 characters', details: 'x'.repeat(300), expected: 'x'.repeat(300) },
      { label: '300 characters once trimmed', details: `  ${'x'.repeat(300)}\n`, expected: 'x'.repeat(300) },
    ])('$label → $expected', ({ details, expected }) => {
      const parsed = parsedBy(stepSchemas.medicines, { items: ['other-prescribed'], details });
      expect(parsed).toStrictEqual({ items: ['other-prescribed'], details: expected });
    });

    it.each([
      { label: '301 characters', details: 'x'.repeat(301) },
      { label: '301 characters inside spaces', details: `  ${'x'.repeat(301)}  ` },
      { label: 'far too long', details: 'Ibuprofen, '.repeat(100) },
    ])('$label gives the too-long message', ({ details }) => {
      expect(issuesOf(stepSchemas.medicines, { items: ['aspirin'], details })).toEqual([
        { path: ['details'], message: TOO_LONG },
      ]);
    });

    it('reports an empty list and too-long text together', () => {
      expect(issuesOf(stepSchemas.medicines, { items: [], details: 'x'.repeat(301) })).toEqual([
        { path: ['items'], message: 'Select any that you take, or "None of these"' },
        { path: ['details'], message: TOO_LONG },
      ]);
    });
  });

  it('conditions keeps diabetes alongside other conditions', () => {
    expect(parsedBy(stepSchemas.conditions, { conditions: ['heart', 'diabetes'] })).toStrictEqual({
      conditions: ['heart', 'diabetes'],
    });
  });
});
