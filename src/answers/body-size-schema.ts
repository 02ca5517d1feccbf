import { z } from 'zod/mini';
import { measureSchema } from './page-schema';
import { QUESTION_PAGES } from './question-pages';
import type { ErrorKey } from './error-keys';

const { fields } = QUESTION_PAGES['body-size'];
const [IMPERIAL, METRIC] = fields.units.values;

type Measured = 'feet' | 'inches' | 'pounds' | 'centimetres' | 'kilograms';

function measured(field: Measured) {
  return measureSchema(fields[field], `body-size.${field}-format`, `body-size.${field}-range`);
}

const WEIGHT_MISSING: ErrorKey = 'body-size.weight-missing';
const HEIGHT_MISSING: ErrorKey = 'body-size.height-missing';

interface Imperial {
  feet?: number;
  inches?: number;
  pounds?: number;
}
interface Metric {
  centimetres?: number;
  kilograms?: number;
}

// Either both height and weight, or neither: half a pair gives no BMI. The same checks guard the
// form and what is read back from storage, so a saved `{ feet: 5 }` alone is refused like a typed one.
const imperialPair = z.superRefine((value: Imperial, ctx) => {
  const hasHeight = value.feet !== undefined || value.inches !== undefined;
  const hasWeight = value.pounds !== undefined;
  if (value.inches !== undefined && value.feet === undefined) {
    ctx.addIssue({ code: 'custom', path: ['feet'], message: 'body-size.feet-with-inches' satisfies ErrorKey });
  }
  if (hasHeight && !hasWeight) ctx.addIssue({ code: 'custom', path: ['pounds'], message: WEIGHT_MISSING });
  if (hasWeight && !hasHeight) ctx.addIssue({ code: 'custom', path: ['feet'], message: HEIGHT_MISSING });
});

const metricPair = z.superRefine((value: Metric, ctx) => {
  const hasHeight = value.centimetres !== undefined;
  const hasWeight = value.kilograms !== undefined;
  if (hasHeight && !hasWeight) ctx.addIssue({ code: 'custom', path: ['kilograms'], message: WEIGHT_MISSING });
  if (hasWeight && !hasHeight) ctx.addIssue({ code: 'custom', path: ['centimetres'], message: HEIGHT_MISSING });
});

// Each unit system is its own object: zod drops keys an object does not name, so numbers left in
// the boxes of the units not chosen (hidden on the page) are neither checked nor kept.
const imperialSize = z
  .object({
    units: z.literal(IMPERIAL),
    feet: measured('feet'),
    inches: measured('inches'),
    pounds: measured('pounds'),
  })
  .check(imperialPair);

const metricSize = z
  .object({ units: z.literal(METRIC), centimetres: measured('centimetres'), kilograms: measured('kilograms') })
  .check(metricPair);

/**
 * Height and weight: optional, in either unit system, the limits from the page's declaration.
 * The one page whose fields depend on each other, so its schema is written out rather than derived.
 */
export const bodySizeSchema = z.discriminatedUnion('units', [imperialSize, metricSize], {
  error: 'body-size.units' satisfies ErrorKey,
});

/**
 * Saved height and weight are numbers (the page's schema turns typed text into numbers), so
 * reading them back from storage needs a schema of the output, with the same limits and the
 * same pair checks as the page.
 */
function savedMeasure(field: Measured) {
  const { min, max, whole } = fields[field];
  return z.optional((whole ? z.int() : z.number()).check(z.gte(min), z.lte(max)));
}

export const savedBodySizeSchema = z.union([
  z
    .strictObject({
      units: z.literal(IMPERIAL),
      feet: savedMeasure('feet'),
      inches: savedMeasure('inches'),
      pounds: savedMeasure('pounds'),
    })
    .check(imperialPair),
  z
    .strictObject({
      units: z.literal(METRIC),
      centimetres: savedMeasure('centimetres'),
      kilograms: savedMeasure('kilograms'),
    })
    .check(metricPair),
]);
