import type { FieldDeclaration, FieldOf } from './question-pages';
import type { StepId } from './step-ids';

/** The options a choice field offers; nothing for text and number boxes. */
export type OptionOf<K extends StepId, F extends FieldOf<K>> =
  FieldDeclaration<K, F> extends { readonly values: readonly (infer V)[] } ? Extract<V, string> : never;

/**
 * One answer a point rests on: a field of a page, and, where only some of its options matter,
 * which ones. The summary prints it as "You said: …" beside the point, so the person (and the
 * surgeon) can see why the point is there. Built with `said`, which checks the step, the field and
 * the options against the page declarations: a misspelt option fails to compile.
 */
export interface AnswerRef {
  readonly step: StepId;
  /** No field: the page as a whole (height and weight, shown as the BMI). */
  readonly field?: string;
  readonly only?: readonly string[];
  /** For the BMI: shown only from this figure up, where it is what put the point there. */
  readonly bmiFrom?: number;
}

export function said<K extends StepId, F extends FieldOf<K>>(
  step: K,
  field: F,
  only?: readonly OptionOf<K, F>[],
): AnswerRef {
  return only ? { step, field, only } : { step, field };
}

/** The body mass index worked out from the optional height and weight, from a figure up. */
export function saidBmiFrom(bmiFrom: number): AnswerRef {
  return { step: 'body-size', bmiFrom };
}
