import { z } from 'zod';
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
    feet: z.number().int().min(3).max(8).optional(),
    inches: z.number().int().min(0).max(11).optional(),
    pounds: z.number().min(70).max(700).optional(),
  }),
  z.strictObject({
    units: z.literal(UNIT_VALUES[1]),
    centimetres: z.number().min(90).max(250).optional(),
    kilograms: z.number().min(30).max(320).optional(),
  }),
]);

/**
 * Answers as saved, for checking anything read back from storage: every page optional, each
 * page's values checked by that page's own schema (their output equals their input, except
 * height and weight). Anything that does not fit is treated as tampered and discarded.
 */
function pageSchemas() {
  const shape = {} as Record<StepId, z.ZodOptional<z.ZodType>>;
  for (const step of STEP_IDS) {
    shape[step] = (step === 'body-size' ? savedBodySizeSchema : stepSchemas[step]).optional();
  }
  return shape;
}

export const storedAnswersSchema = z.strictObject(pageSchemas());
