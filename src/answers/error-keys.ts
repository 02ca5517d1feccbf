import type { QuestionPages } from './question-pages';
import type { CheckboxQuestion, MeasureQuestion, RadioQuestion, TextQuestion } from './question-kinds';
import type { StepId } from './step-ids';

/** The keys one field's failures are reported under, by its kind. */
type FieldErrorKey<K extends string, F extends string, Q> = Q extends RadioQuestion | CheckboxQuestion
  ? `${K}.${F}`
  : Q extends TextQuestion
    ? `${K}.${F}-too-long`
    : Q extends MeasureQuestion
      ? `${K}.${F}-format` | `${K}.${F}-range`
      : never;

type PageErrorKey<K extends StepId> = {
  [F in keyof QuestionPages[K]['fields'] & string]: FieldErrorKey<K, F, QuestionPages[K]['fields'][F]>;
}[keyof QuestionPages[K]['fields'] & string];

/** Failures that are not one field's: "None of these" ticked with something else, and half a height-and-weight pair. */
export const CROSS_FIELD_ERRORS = [
  'none-alone',
  'body-size.weight-missing',
  'body-size.height-missing',
  'body-size.feet-with-inches',
] as const;

/**
 * Every message a schema can give, as a key: the catalogs hold the words for each in every
 * language, so a message follows the patient's language when they switch. Derived from the page
 * declarations, so a new field gets its keys without a list to keep in step.
 */
export type ErrorKey = { [K in StepId]: PageErrorKey<K> }[StepId] | (typeof CROSS_FIELD_ERRORS)[number];
