import type { Answers, StepAnswer, StepInput, StepValues } from './answers';
import type { StepId } from './step-ids';
import { PAGE_LAYOUTS } from '../content/page-layouts';
import type { UnitSystem } from '../i18n/choose-locale';

/**
 * What a page's form starts with: the saved answers when the person comes back to the page,
 * otherwise empty fields (an empty list for checkboxes, so "none ticked" is an empty answer).
 * The height and weight page starts in the units usual for the patient's language and region.
 */
export function formValuesFor<K extends StepId>(
  step: K,
  answers: Answers,
  defaultUnits: UnitSystem = 'imperial',
): Partial<StepInput<K>> {
  const saved = answers[step] as StepValues<K> | undefined;
  const values: Record<string, unknown> = {};
  for (const question of PAGE_LAYOUTS[step].questions) {
    if (question.kind === 'checkbox') values[question.name] = [];
    if (question.kind === 'text') values[question.name] = '';
  }
  if (step === 'body-size') {
    // The form holds text; saved numbers go back into the boxes as typed digits.
    const size = saved as StepValues<'body-size'> | undefined;
    Object.assign(values, { units: defaultUnits, feet: '', inches: '', pounds: '', centimetres: '', kilograms: '' });
    if (size) {
      values.units = size.units;
      for (const [key, number] of Object.entries(size)) {
        if (typeof number === 'number') values[key] = String(number);
      }
    }
    return values as Partial<StepInput<K>>;
  }
  if (saved) {
    for (const [key, value] of Object.entries(saved)) {
      values[key] = value ?? (typeof values[key] === 'string' ? '' : value);
    }
  }
  return values as Partial<StepInput<K>>;
}

/**
 * Tags a page's validated values with the page. TypeScript cannot correlate a generic key
 * with its member of the StepAnswer union, so the cast lives here, once, behind typed arguments.
 */
export function answerFor<K extends StepId>(step: K, values: StepValues<K>): StepAnswer {
  return { step, values } as StepAnswer;
}
