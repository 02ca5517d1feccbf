import type { z } from 'zod';
import { stepSchemas } from '../../../src/answers/answers';
import type { StepId } from '../../../src/answers/step-ids';
import { VALID_INPUTS } from './valid-inputs';

export interface Issue {
  path: PropertyKey[];
  message: string;
}

/** A page's schema, widened so one table can hold several pages. */
export function schemaOf(step: StepId): z.ZodType {
  return stepSchemas[step];
}

/** The page's valid input with some fields replaced (by anything, valid or not). */
export function inputWith(step: StepId, changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...VALID_INPUTS[step], ...changes };
}

/** The issues (path and message only) of an input that must fail; throws if it parses. */
export function issuesOf(schema: z.ZodType, input: unknown): Issue[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`Expected a failure, but it parsed as ${JSON.stringify(result.data)}`);
  return result.error.issues.map(({ path, message }) => ({ path, message }));
}

/** The output of an input that must parse; throws with the messages if it does not. */
export function parsedBy<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`Expected success, got: ${result.error.issues.map((i) => i.message).join('; ')}`);
  return result.data;
}

/** One radio question: the page, the field, its options and the one message for every failure. */
export interface RadioCase {
  step: StepId;
  field: string;
  values: readonly string[];
  message: string;
}

/** One checkbox question; `none` is its "None of these" option, if it has one. */
export interface CheckboxCase {
  step: StepId;
  field: string;
  values: readonly string[];
  message: string;
  none?: string;
}

export const NONE_ALONE = 'Select "None of these" on its own, or untick it';
