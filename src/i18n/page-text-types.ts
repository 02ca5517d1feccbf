import type { StepInput } from '../answers/answers';
import type { StepId } from '../answers/step-ids';
import type { FieldOf } from '../content/page-layout-types';

export interface OptionText {
  readonly label: string;
  readonly hint?: string;
}

/** The words of a radio or checkbox question: every value the schema accepts needs a label. */
export interface ChoiceText<V extends string> {
  /** The question. On a one-question page it is also the page heading. */
  readonly legend: string;
  readonly hint?: string;
  /** Shorter wording for check-answers and the printout. */
  readonly shortLabel: string;
  readonly options: { readonly [Value in V]: string | OptionText };
}

/** The words of a free-text question. */
export interface FreeText {
  readonly label: string;
  readonly hint?: string;
  readonly shortLabel: string;
}

type ElementOf<T> = T extends readonly (infer E)[] ? E : T;

/** A field typed as free text gets a label; a field with a fixed set of values gets options. */
type QuestionText<T> = string extends T ? FreeText : ChoiceText<Extract<T, string>>;

/** One page's words, checked against its schema: field names and option values must exist there. */
export interface PageText<K extends StepId> {
  /** The page heading. On a one-question page it is the question itself. */
  readonly title: string;
  /** Text under the heading that explains why we ask. */
  readonly lead?: string;
  readonly questions: { readonly [F in FieldOf<K>]: QuestionText<ElementOf<NonNullable<StepInput<K>[F]>>> };
}

export type PagesText = { readonly [K in StepId]: PageText<K> };
