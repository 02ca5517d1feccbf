import { z } from 'zod/mini';
import { stepSchemas } from './answers';
import { UNIT_VALUES } from './schemas/weight-schemas';
import { STEP_IDS, type StepId } from './step-ids';

/**
 * Saved height and weight are numbers (the page's schema turns typed text into numbers), so
 * reading them back needs a schema of the output, with the same ranges as the page.
 */
const savedBodySizeSchema = z.union([
  z.strictObject({
    units: z.literal(UNIT_VALUES[0]),
    feet: z.optional(z.int().check(z.gte(3), z.lte(8))),
    inches: z.optional(z.int().check(z.gte(0), z.lte(11))),
    pounds: z.optional(z.number().check(z.gte(70), z.lte(700))),
  }),
  z.strictObject({
    units: z.literal(UNIT_VALUES[1]),
    centimetres: z.optional(z.number().check(z.gte(90), z.lte(250))),
    kilograms: z.optional(z.number().check(z.gte(30), z.lte(320))),
  }),
]);

/**
 * Answers as saved, for checking anything read back from storage: every page optional, each
 * page's values checked by that page's own schema (their output equals their input, except
 * height and weight). Values that do not fit discard the whole session; unknown extra fields
 * inside a question page are dropped (zod's default), so nothing unchecked is ever used.
 */
function pageSchemas() {
  const shape = {} as Record<StepId, z.ZodMiniOptional<z.ZodMiniType>>;
  for (const step of STEP_IDS) {
    shape[step] = z.optional(step === 'body-size' ? savedBodySizeSchema : stepSchemas[step]);
  }
  return shape;
}

export const storedAnswersSchema = z.strictObject(pageSchemas());
