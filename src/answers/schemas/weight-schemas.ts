import { z } from 'zod/mini';
import type { ErrorKey } from '../../i18n/en/errors-en';
import { oneOf } from './field-schemas';

export const UNIT_VALUES = ['imperial', 'metric'] as const;
export const WEIGHT_CHANGE_VALUES = ['stable', 'lost', 'gained', 'up-and-down'] as const;
export const WEIGHT_PLAN_VALUES = ['none', 'lose', 'gain', 'unsure'] as const;
export const WEIGHT_MEDICINE_VALUES = ['taking', 'planning', 'stopped', 'no'] as const;
export const PREGNANCY_VALUES = ['now', 'within-2-years', 'maybe-later', 'no', 'not-applicable'] as const;

type MeasureField = 'feet' | 'inches' | 'pounds' | 'centimetres' | 'kilograms';

/** The limits of each box: the schema checks them and the range messages quote them. */
export const MEASURE_LIMITS: { readonly [F in MeasureField]: { min: number; max: number; whole: boolean } } = {
  feet: { min: 3, max: 8, whole: true },
  inches: { min: 0, max: 11, whole: true },
  pounds: { min: 70, max: 700, whole: false },
  centimetres: { min: 90, max: 250, whole: false },
  kilograms: { min: 30, max: 320, whole: false },
};

/**
 * A number typed into a text box (GOV.UK asks for text inputs with inputmode, not type=number,
 * which silently drops invalid text). Empty means "not given": height and weight are optional.
 * A decimal comma is read as a point, as Spanish speakers write it.
 */
function measure(field: MeasureField) {
  const { min, max, whole } = MEASURE_LIMITS[field];
  return z.pipe(
    z.optional(z.string()),
    z.transform((raw: string | undefined, ctx): number | undefined => {
      const text = (raw ?? '').trim().replace(',', '.');
      if (text === '') return undefined;
      const value = Number(text);
      const pattern = whole ? /^\d+$/ : /^\d+(\.\d+)?$/;
      if (!pattern.test(text) || !Number.isFinite(value)) {
        ctx.issues.push({ code: 'custom', input: raw, message: `body-size.${field}-format` satisfies ErrorKey });
        return z.NEVER;
      }
      if (value < min || value > max) {
        ctx.issues.push({ code: 'custom', input: raw, message: `body-size.${field}-range` satisfies ErrorKey });
        return z.NEVER;
      }
      return value;
    }),
  );
}

const PAIR_MISSING_WEIGHT: ErrorKey = 'body-size.weight-missing';
const PAIR_MISSING_HEIGHT: ErrorKey = 'body-size.height-missing';

// Each unit system is its own object: zod drops keys an object does not name, so numbers left in
// the boxes of the units not chosen (hidden on the page) are neither checked nor kept.
const imperialSize = z
  .object({
    units: z.literal('imperial'),
    feet: measure('feet'),
    inches: measure('inches'),
    pounds: measure('pounds'),
  })
  .check(
    z.superRefine((value, ctx) => {
    // Either both height and weight, or neither: half a pair gives no BMI.
    const hasHeight = value.feet !== undefined || value.inches !== undefined;
    const hasWeight = value.pounds !== undefined;
    if (value.inches !== undefined && value.feet === undefined) {
      ctx.addIssue({ code: 'custom', path: ['feet'], message: 'body-size.feet-with-inches' satisfies ErrorKey });
    }
    if (hasHeight && !hasWeight) ctx.addIssue({ code: 'custom', path: ['pounds'], message: PAIR_MISSING_WEIGHT });
    if (hasWeight && !hasHeight) ctx.addIssue({ code: 'custom', path: ['feet'], message: PAIR_MISSING_HEIGHT });
    }),
  );

const metricSize = z
  .object({
    units: z.literal('metric'),
    centimetres: measure('centimetres'),
    kilograms: measure('kilograms'),
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
  error: 'body-size.units' satisfies ErrorKey,
});

export const weightHistorySchema = z.object({
  change: oneOf(WEIGHT_CHANGE_VALUES, 'weight-history.change'),
  plans: oneOf(WEIGHT_PLAN_VALUES, 'weight-history.plans'),
});

export const weightMedicineSchema = z.object({
  glp1: oneOf(WEIGHT_MEDICINE_VALUES, 'weight-medicine.glp1'),
});

export const pregnancySchema = z.object({
  pregnancy: oneOf(PREGNANCY_VALUES, 'pregnancy.pregnancy'),
});
