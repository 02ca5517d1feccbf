import type { StepInput } from '../answers/answers';
import type { StepId } from '../answers/step-ids';

export interface OptionText {
  label: string;
  hint?: string;
}

export interface Option<V extends string = string> extends OptionText {
  value: V;
}

/**
 * A field name of a page's form, checked against that page's schema. Distributes over a
 * union of steps, so `Question<StepId>` accepts any page's field name.
 */
type FieldOf<K extends StepId> = K extends StepId ? Extract<keyof StepInput<K>, string> : never;

export interface ChoiceQuestion<K extends StepId = StepId> {
  kind: 'radio' | 'checkbox';
  name: FieldOf<K>;
  /** The question. On a one-question page it is also the page heading. */
  legend: string;
  hint?: string;
  options: readonly Option[];
  /** The "None of these" option of a checkbox list: exclusive, shown after an "or" divider. */
  noneValue?: string;
  /** Shorter wording for check-answers and the printout. */
  shortLabel: string;
}

export interface TextQuestion<K extends StepId = StepId> {
  kind: 'text';
  name: FieldOf<K>;
  label: string;
  hint?: string;
  shortLabel: string;
}

export type Question<K extends StepId = StepId> = ChoiceQuestion<K> | TextQuestion<K>;

export interface PageContent<K extends StepId = StepId> {
  /** Shown above the heading: which part of the questionnaire this is. */
  section: string;
  /** The page heading. On a one-question page it is the question itself. */
  title: string;
  /** Text under the heading that explains why we ask. */
  lead?: string;
  questions: readonly Question<K>[];
}

/**
 * Builds a page's options from the schema's tuple of values, so every value the schema
 * accepts has a label and no label names a value the schema does not know.
 */
export function options<const V extends string>(
  values: readonly V[],
  texts: Record<V, string | OptionText>,
): Option<V>[] {
  return values.map((value) => {
    const text: string | OptionText = texts[value];
    return typeof text === 'string' ? { value, label: text } : { value, label: text.label, hint: text.hint };
  });
}
