import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { describeRadios, issuesOf, parsedBy } from './schema-helpers';

const PREGNANCY_VALUES = QUESTION_PAGES.pregnancy.fields.pregnancy.values;
const UNIT_VALUES = QUESTION_PAGES['body-size'].fields.units.values;
const WEIGHT_CHANGE_VALUES = QUESTION_PAGES['weight-history'].fields.change.values;
const WEIGHT_MEDICINE_VALUES = QUESTION_PAGES['weight-medicine'].fields.glp1.values;
const WEIGHT_PLAN_VALUES = QUESTION_PAGES['weight-history'].fields.plans.values;

const bodySize = stepSchemas['body-size'];

interface BodySizeBoxes {
  feet?: string;
  inches?: string;
  pounds?: string;
  centimetres?: string;
  kilograms?: string;
}

/** The page's form as it submits: every box present, empty unless given. */
function imperial(boxes: BodySizeBoxes = {}) {
  return { units: 'imperial', feet: '', inches: '', pounds: '', centimetres: '', kilograms: '', ...boxes };
}
function metric(boxes: BodySizeBoxes = {}) {
  return { units: 'metric', feet: '', inches: '', pounds: '', centimetres: '', kilograms: '', ...boxes };
}

describe('weight schemas', () => {
  describeRadios([
    { step: 'body-size', field: 'units', values: UNIT_VALUES, message: 'Select the units you want to use' },
    {
      step: 'weight-history',
      field: 'change',
      values: WEIGHT_CHANGE_VALUES,
      message: 'Select how your weight has changed in the last 12 months',
    },
    {
      step: 'weight-history',
      field: 'plans',
      values: WEIGHT_PLAN_VALUES,
      message: 'Select whether you plan to lose or gain weight, or "I am not sure"',
    },
    {
      step: 'weight-medicine',
      field: 'glp1',
      values: WEIGHT_MEDICINE_VALUES,
      message: 'Select whether you take or plan to take one of these medicines',
    },
    {
      step: 'pregnancy',
      field: 'pregnancy',
      values: PREGNANCY_VALUES,
      message: 'Select the answer that fits you best, or "This does not apply to me"',
    },
  ]);

  describe('body size: valid input', () => {
    it.each([
      {
        label: 'imperial, full',
        input: imperial({ feet: '5', inches: '7', pounds: '150' }),
        output: { feet: 5, inches: 7, pounds: 150 },
      },
      {
        label: 'imperial, no inches',
        input: imperial({ feet: '6', pounds: '180' }),
        output: { feet: 6, inches: undefined, pounds: 180 },
      },
      {
        label: 'imperial, 0 inches',
        input: imperial({ feet: '6', inches: '0', pounds: '180' }),
        output: { feet: 6, inches: 0, pounds: 180 },
      },
      {
        label: 'imperial, decimal pounds',
        input: imperial({ feet: '5', inches: '2', pounds: '140.5' }),
        output: { feet: 5, inches: 2, pounds: 140.5 },
      },
      {
        label: 'imperial, decimal comma',
        input: imperial({ feet: '5', pounds: '140,5' }),
        output: { feet: 5, inches: undefined, pounds: 140.5 },
      },
      {
        label: 'imperial, spaces around',
        input: imperial({ feet: ' 5 ', inches: ' 11', pounds: '150 ' }),
        output: { feet: 5, inches: 11, pounds: 150 },
      },
      {
        label: 'imperial, lowest',
        input: imperial({ feet: '3', inches: '0', pounds: '70' }),
        output: { feet: 3, inches: 0, pounds: 70 },
      },
      {
        label: 'imperial, highest',
        input: imperial({ feet: '8', inches: '11', pounds: '700' }),
        output: { feet: 8, inches: 11, pounds: 700 },
      },
      {
        label: 'imperial, all empty',
        input: imperial(),
        output: { feet: undefined, inches: undefined, pounds: undefined },
      },
    ])('$label', ({ input, output }) => {
      expect(parsedBy(bodySize, input)).toStrictEqual({ units: 'imperial', ...output });
    });

    it.each([
      {
        label: 'metric, whole',
        input: metric({ centimetres: '170', kilograms: '72' }),
        output: { centimetres: 170, kilograms: 72 },
      },
      {
        label: 'metric, decimals',
        input: metric({ centimetres: '168.5', kilograms: '63.2' }),
        output: { centimetres: 168.5, kilograms: 63.2 },
      },
      {
        label: 'metric, decimal comma',
        input: metric({ centimetres: '170', kilograms: '72,5' }),
        output: { centimetres: 170, kilograms: 72.5 },
      },
      {
        label: 'metric, lowest',
        input: metric({ centimetres: '90', kilograms: '30' }),
        output: { centimetres: 90, kilograms: 30 },
      },
      {
        label: 'metric, highest',
        input: metric({ centimetres: '250', kilograms: '320' }),
        output: { centimetres: 250, kilograms: 320 },
      },
      { label: 'metric, all empty', input: metric(), output: { centimetres: undefined, kilograms: undefined } },
    ])('$label', ({ input, output }) => {
      expect(parsedBy(bodySize, input)).toStrictEqual({ units: 'metric', ...output });
    });

    it('accepts boxes that are missing altogether', () => {
      expect(parsedBy(bodySize, { units: 'metric' })).toEqual({ units: 'metric' });
    });

    it.each([
      { chosen: 'metric', input: metric({ feet: '55', centimetres: '170', kilograms: '72' }) },
      { chosen: 'metric', input: metric({ feet: 'five', centimetres: '170', kilograms: '72' }) },
      { chosen: 'imperial', input: imperial({ feet: '5', inches: '7', pounds: '150', centimetres: '1.70m' }) },
    ])('ignores invalid numbers left in the hidden boxes of the units not chosen ($chosen)', ({ input }) => {
      expect(bodySize.safeParse(input).success).toBe(true);
    });

    it('drops valid numbers typed in the other units (imperial chosen)', () => {
      const parsed = parsedBy(
        bodySize,
        imperial({ feet: '5', inches: '7', pounds: '150', centimetres: '170', kilograms: '72' }),
      );
      expect(parsed).toStrictEqual({ units: 'imperial', feet: 5, inches: 7, pounds: 150 });
      expect(parsed).not.toHaveProperty('centimetres');
      expect(parsed).not.toHaveProperty('kilograms');
    });

    it('drops valid numbers typed in the other units (metric chosen)', () => {
      const parsed = parsedBy(
        bodySize,
        metric({ feet: '5', inches: '7', pounds: '150', centimetres: '170', kilograms: '72' }),
      );
      expect(parsed).toStrictEqual({ units: 'metric', centimetres: 170, kilograms: 72 });
      expect(parsed).not.toHaveProperty('feet');
      expect(parsed).not.toHaveProperty('inches');
      expect(parsed).not.toHaveProperty('pounds');
    });

    it('does not let a half pair in the other units count against the chosen units', () => {
      expect(parsedBy(bodySize, metric({ feet: '5' }))).toStrictEqual({
        units: 'metric',
        centimetres: undefined,
        kilograms: undefined,
      });
      expect(parsedBy(bodySize, imperial({ kilograms: '72' }))).toStrictEqual({
        units: 'imperial',
        feet: undefined,
        inches: undefined,
        pounds: undefined,
      });
    });
  });

  describe('body size: numbers that are not allowed', () => {
    it.each([
      // Imperial: a valid partner is given, so the only issue is the box under test.
      {
        box: 'feet',
        value: 'five',
        input: imperial({ feet: 'five', pounds: '150' }),
        message: 'Enter your height in feet as a whole number, like 5',
      },
      {
        box: 'feet',
        value: '5.5',
        input: imperial({ feet: '5.5', pounds: '150' }),
        message: 'Enter your height in feet as a whole number, like 5',
      },
      {
        box: 'feet',
        value: '-5',
        input: imperial({ feet: '-5', pounds: '150' }),
        message: 'Enter your height in feet as a whole number, like 5',
      },
      {
        box: 'feet',
        value: '2',
        input: imperial({ feet: '2', pounds: '150' }),
        message: 'Your height in feet must be between 3 and 8',
      },
      {
        box: 'feet',
        value: '9',
        input: imperial({ feet: '9', pounds: '150' }),
        message: 'Your height in feet must be between 3 and 8',
      },
      {
        box: 'inches',
        value: 'seven',
        input: imperial({ feet: '5', inches: 'seven', pounds: '150' }),
        message: 'Enter your height in inches as a whole number, like 7',
      },
      {
        box: 'inches',
        value: '7.5',
        input: imperial({ feet: '5', inches: '7.5', pounds: '150' }),
        message: 'Enter your height in inches as a whole number, like 7',
      },
      {
        box: 'inches',
        value: '12',
        input: imperial({ feet: '5', inches: '12', pounds: '150' }),
        message: 'Your height in inches must be between 0 and 11',
      },
      {
        box: 'pounds',
        value: 'heavy',
        input: imperial({ feet: '5', pounds: 'heavy' }),
        message: 'Enter your weight in pounds as a number, like 150',
      },
      {
        box: 'pounds',
        value: '150lb',
        input: imperial({ feet: '5', pounds: '150lb' }),
        message: 'Enter your weight in pounds as a number, like 150',
      },
      {
        box: 'pounds',
        value: '1e2',
        input: imperial({ feet: '5', pounds: '1e2' }),
        message: 'Enter your weight in pounds as a number, like 150',
      },
      {
        box: 'pounds',
        value: '69.9',
        input: imperial({ feet: '5', pounds: '69.9' }),
        message: 'Your weight in pounds must be between 70 and 700',
      },
      {
        box: 'pounds',
        value: '701',
        input: imperial({ feet: '5', pounds: '701' }),
        message: 'Your weight in pounds must be between 70 and 700',
      },
      // Metric.
      {
        box: 'centimetres',
        value: 'tall',
        input: metric({ centimetres: 'tall', kilograms: '72' }),
        message: 'Enter your height in centimetres as a number, like 168',
      },
      {
        box: 'centimetres',
        value: '1.70m',
        input: metric({ centimetres: '1.70m', kilograms: '72' }),
        message: 'Enter your height in centimetres as a number, like 168',
      },
      {
        box: 'centimetres',
        value: '89',
        input: metric({ centimetres: '89', kilograms: '72' }),
        message: 'Your height in centimetres must be between 90 and 250',
      },
      {
        box: 'centimetres',
        value: '250.5',
        input: metric({ centimetres: '250.5', kilograms: '72' }),
        message: 'Your height in centimetres must be between 90 and 250',
      },
      {
        box: 'kilograms',
        value: '72kg',
        input: metric({ centimetres: '170', kilograms: '72kg' }),
        message: 'Enter your weight in kilograms as a number, like 68',
      },
      {
        box: 'kilograms',
        value: '-72',
        input: metric({ centimetres: '170', kilograms: '-72' }),
        message: 'Enter your weight in kilograms as a number, like 68',
      },
      {
        box: 'kilograms',
        value: '29',
        input: metric({ centimetres: '170', kilograms: '29' }),
        message: 'Your weight in kilograms must be between 30 and 320',
      },
      {
        box: 'kilograms',
        value: '321',
        input: metric({ centimetres: '170', kilograms: '321' }),
        message: 'Your weight in kilograms must be between 30 and 320',
      },
    ])('$box "$value" gives "$message"', ({ box, input, message }) => {
      expect(issuesOf(bodySize, input)).toEqual([{ path: [box], message }]);
    });
  });

  describe('body size: half a pair', () => {
    const HEIGHT_TOO = 'Enter your height too, or leave height and weight empty';
    const WEIGHT_TOO = 'Enter your weight too, or leave height and weight empty';
    const FEET_TOO = 'Enter your height in feet as well as inches';

    it.each([
      {
        label: 'imperial: feet without pounds',
        input: imperial({ feet: '5' }),
        issues: [{ path: ['pounds'], message: WEIGHT_TOO }],
      },
      {
        label: 'imperial: feet and inches without pounds',
        input: imperial({ feet: '5', inches: '7' }),
        issues: [{ path: ['pounds'], message: WEIGHT_TOO }],
      },
      {
        label: 'imperial: pounds without height',
        input: imperial({ pounds: '150' }),
        issues: [{ path: ['feet'], message: HEIGHT_TOO }],
      },
      {
        label: 'imperial: inches and pounds without feet',
        input: imperial({ inches: '7', pounds: '150' }),
        issues: [{ path: ['feet'], message: FEET_TOO }],
      },
      {
        label: 'imperial: inches alone',
        input: imperial({ inches: '7' }),
        issues: [
          { path: ['feet'], message: FEET_TOO },
          { path: ['pounds'], message: WEIGHT_TOO },
        ],
      },
      {
        label: 'metric: centimetres without kilograms',
        input: metric({ centimetres: '170' }),
        issues: [{ path: ['kilograms'], message: WEIGHT_TOO }],
      },
      {
        label: 'metric: kilograms without centimetres',
        input: metric({ kilograms: '72' }),
        issues: [{ path: ['centimetres'], message: HEIGHT_TOO }],
      },
    ])('$label', ({ input, issues }) => {
      expect(issuesOf(bodySize, input)).toEqual(issues);
    });
  });
});
