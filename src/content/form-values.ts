import type { Answers, StepInput } from '../answers/answers';
import { QUESTION_PAGES } from '../answers/question-pages';
import type { StepId } from '../answers/step-ids';
import type { UnitSystem } from '../answers/units';

/**
 * What a person put into a prerendered page's form before the app had come (decision 0024): the
 * form's own values, by field name, as the browser holds them (a list, for a name with several
 * boxes ticked).
 */
export type TypedBeforeApp = Readonly<Record<string, readonly string[]>>;

/**
 * What a page's form starts with: the saved answers when the person comes back to the page,
 * otherwise empty fields, by kind from the page's declaration (an empty list for checkboxes, so
 * "none ticked" is an empty answer; empty text for text and number boxes). Saved numbers go back
 * into their boxes as typed digits. The height and weight page starts in the units usual for the
 * patient's language and region. Anything typed into the prerendered page before the app came
 * comes first: the form's defaults would otherwise clear it from the page as the app takes over.
 */
export function formValuesFor<K extends StepId>(
  step: K,
  answers: Answers,
  defaultUnits: UnitSystem = 'imperial',
  typed: TypedBeforeApp = {},
): Partial<StepInput<K>> {
  const saved = (answers[step] ?? {}) as Partial<Record<string, unknown>>;
  const values: Record<string, unknown> = {};
  for (const [name, question] of Object.entries(QUESTION_PAGES[step].fields)) {
    const already = typed[name];
    const value = already ? (question.kind === 'checkbox' ? [...already] : already[0]) : saved[name];
    switch (question.kind) {
      case 'checkbox':
        values[name] = value ?? [];
        break;
      case 'text':
        values[name] = value ?? '';
        break;
      case 'measure':
        // Saved as a number; typed as the digits in the box.
        values[name] = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
        break;
      case 'radio':
        if (value !== undefined) values[name] = value;
    }
  }
  if (step === 'body-size' && values.units === undefined) values.units = defaultUnits;
  return values as Partial<StepInput<K>>;
}
