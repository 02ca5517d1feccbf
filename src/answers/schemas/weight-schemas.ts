import { z } from 'zod/mini';
import { oneOf } from './field-schemas';

export const UNIT_VALUES = ['imperial', 'metric'] as const;
export const WEIGHT_CHANGE_VALUES = ['stable', 'lost', 'gained', 'up-and-down'] as const;
export const WEIGHT_PLAN_VALUES = ['none', 'lose', 'gain', 'unsure'] as const;
export const WEIGHT_MEDICINE_VALUES = ['taking', 'planning', 'stopped', 'no'] as const;
export const PREGNANCY_VALUES = ['now', 'within-2-years', 'maybe-later', 'no', 'not-applicable'] as const;

interface MeasureSpec {
  /** What the person calls it, used in messages: "height in feet". */
  label: string;
  /** An example in the unit, so the message says what a valid entry looks like. */
  example: string;
  min: number;
  max: number;
  whole: boolean;
}

/**
 * A number typed into a text box (GOV.UK asks for text inputs with inputmode, not type=number,
 * which silently drops invalid text). Empty means "not given": height and weight are optional.
 */
function measure({ label, example, min, max, whole }: MeasureSpec) {
  return z.pipe(
    z.optional(z.string()),
    z.transform((raw: string | undefined, ctx): number | undefined => {
      const text = (raw ?? '').trim().replace(',', '.');
      if (text === '') return undefined;
      const value = Number(text);
      const pattern = whole ? /^\d+$/ : /^\d+(\.\d+)?$/;
      if (!pattern.test(text) || !Number.isFinite(value)) {
        ctx.issues.push({
          code: 'custom',
          input: raw,
          message: `Enter your ${label} as ${whole ? 'a whole number' : 'a number'}, like ${example}`,
        });
        return z.NEVER;
      }
      if (value < min || value > max) {
        ctx.issues.push({ code: 'custom', input: raw, message: `Your ${label} must be between ${min} and ${max}` });
        return z.NEVER;
      }
      return value;
    }),
  );
}

const PAIR_MISSING_WEIGHT = 'Enter your weight too, or leave height and weight empty';
const PAIR_MISSING_HEIGHT = 'Enter your height too, or leave height and weight empty';

// Each unit system is its own object: zod drops keys an object does not name, so numbers left in
// the boxes of the units not chosen (hidden on the page) are neither checked nor kept.
const imperialSize = z
  .object({
    units: z.literal('imperial'),
    feet: measure({ label: 'height in feet', example: '5', min: 3, max: 8, whole: true }),
    inches: measure({ label: 'height in inches', example: '7', min: 0, max: 11, whole: true }),
    pounds: measure({ label: 'weight in pounds', example: '150', min: 70, max: 700, whole: false }),
  })
  .check(
    z.superRefine((value, ctx) => {
    // Either both height and weight, or neither: half a pair gives no BMI.
    const hasHeight = value.feet !== undefined || value.inches !== undefined;
    const hasWeight = value.pounds !== undefined;
    if (value.inches !== undefined && value.feet === undefined) {
      ctx.addIssue({ code: 'custom', path: ['feet'], message: 'Enter your height in feet as well as inches' });
    }
    if (hasHeight && !hasWeight) ctx.addIssue({ code: 'custom', path: ['pounds'], message: PAIR_MISSING_WEIGHT });
    if (hasWeight && !hasHeight) ctx.addIssue({ code: 'custom', path: ['feet'], message: PAIR_MISSING_HEIGHT });
    }),
  );

const metricSize = z
  .object({
    units: z.literal('metric'),
    centimetres: measure({ label: 'height in centimetres', example: '168', min: 90, max: 250, whole: false }),
    kilograms: measure({ label: 'weight in kilograms', example: '68', min: 30, max: 320, whole: false }),
  })
  .check(
    z.superRefine((value, ctx) => {
    const hasHeight = value.centimetres !== undefined;
    const hasWeight = value.kilograms !== undefined;
    if (hasHeight && !hasWeight) ctx.addIssue({ code: 'custom', path: ['kilograms'], message: PAIR_MISSING_WEIGHT });
    if (hasWeight && !hasHeight) ctx.addIssue({ code: 'custom', path: ['centimetres'], message: PAIR_MISSING_HEIGHT });
    }),
  );

export const bodySizeSchema = z.discriminatedUnion('units', [imperialSize, metricSize], {
  error: 'Select the units you want to use',
});

export const weightHistorySchema = z.object({
  change: oneOf(WEIGHT_CHANGE_VALUES, 'Select how your weight has changed in the last 12 months'),
  plans: oneOf(WEIGHT_PLAN_VALUES, 'Select whether you plan to lose or gain weight, or "I am not sure"'),
});

export const weightMedicineSchema = z.object({
  glp1: oneOf(WEIGHT_MEDICINE_VALUES, 'Select whether you take or plan to take one of these medicines'),
});

export const pregnancySchema = z.object({
  pregnancy: oneOf(PREGNANCY_VALUES, 'Select the answer that fits you best, or "This does not apply to me"'),
});
