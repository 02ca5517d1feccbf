import type { StepInput } from '../answers/answers';
import type { StepId } from '../answers/step-ids';
import type { ProgressSectionId } from './progress-sections';

/**
 * A field name of a page's form, checked against that page's schema. Distributes over a union
 * of steps, so `FieldOf<StepId>` accepts any page's field name.
 */
export type FieldOf<K extends StepId> = K extends StepId ? Extract<keyof StepInput<K>, string> : never;

/** How one question is asked, whatever the language: the words come from the catalog. */
export type QuestionLayout =
  | {
      readonly kind: 'radio' | 'checkbox';
      readonly name: string;
      /** The schema's tuple of values: the options' order on the page. */
      readonly values: readonly string[];
      /** The "None of these" option of a checkbox list: exclusive, shown after an "or" divider. */
      readonly noneValue?: string;
    }
  | { readonly kind: 'text'; readonly name: string };

export interface PageLayout<K extends StepId = StepId> {
  readonly section: ProgressSectionId;
  readonly questions: readonly (QuestionLayout & { readonly name: FieldOf<K> })[];
}
