import type { CheckboxQuestion, RadioQuestion, TextQuestion } from '../answers/question-kinds';
import type { QuestionPages } from '../answers/question-pages';
import type { StepId } from '../answers/step-ids';

export interface OptionText {
  readonly label: string;
  readonly hint?: string;
}

/** The words of a radio or checkbox question: every value the declaration lists needs a label. */
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

/** A choice field gets a legend and a label per option; a text field gets a label. */
type QuestionText<Q> = Q extends RadioQuestion<infer V> | CheckboxQuestion<infer V>
  ? ChoiceText<V[number]>
  : Q extends TextQuestion
    ? FreeText
    : never;

type Fields<K extends StepId> = QuestionPages[K]['fields'];

/** The fields of a page that are asked in words from the catalog (measured boxes have their own labels). */
type WordedField<K extends StepId> = {
  [F in keyof Fields<K>]: Fields<K>[F] extends RadioQuestion | CheckboxQuestion | TextQuestion ? F : never;
}[keyof Fields<K>];

/** One page's words, keyed by its declaration: field names and option values must exist there. */
export interface PageText<K extends StepId> {
  /** The page heading. On a one-question page it is the question itself. */
  readonly title: string;
  /** Text under the heading that explains why we ask. */
  readonly lead?: string;
  readonly questions: { readonly [F in WordedField<K>]: QuestionText<Fields<K>[F]> };
}

export type PagesText = { readonly [K in StepId]: PageText<K> };
