import { z } from 'zod/mini';
import { stepSchemas } from './answers';
import { savedBodySizeSchema } from './body-size-schema';
import { STEP_IDS, type StepId } from './step-ids';

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

// Built when stored answers are first checked (a reload, a saved file), not at start-up.
export const storedAnswersSchema = z.lazy(() => z.strictObject(pageSchemas()));
