import { bodyMassIndex, roundBmi } from '../src/answers/body-mass-index';
import type { Answers } from '../src/answers/answers';

/**
 * Whether a ticked list holds any of the wanted values. `NoInfer` makes the list's own values
 * decide the type, so a misspelt wanted value is a compile error rather than a rule that never fires.
 */
export function includesAny<T extends string>(
  ticked: readonly T[] | undefined,
  wanted: readonly NoInfer<T>[],
): boolean {
  return ticked?.some((value) => wanted.includes(value)) ?? false;
}

/** The value of "I am not sure" in every checkbox list that has it. */
const UNSURE = 'unsure';

/**
 * How many real answers are ticked, leaving out "None of these" and "I am not sure": not knowing
 * is neither a yes nor a no, and has points of its own.
 */
export function countTicked<T extends string>(ticked: readonly T[] | undefined, none: NoInfer<T>): number {
  return ticked?.filter((value) => value !== none && value !== UNSURE).length ?? 0;
}

/** Whether "I am not sure" is ticked in a list. */
export function unsure(ticked: readonly string[] | undefined): boolean {
  return ticked?.includes(UNSURE) ?? false;
}

/**
 * Whether the BMI from the optional height and weight reaches a threshold. It compares the
 * rounded BMI, the figure the person sees on the page and printout, so a printed "BMI 30.0"
 * never comes without the points that BMI 30 brings. No height or weight: never.
 */
export function bmiAtLeast(answers: Answers, threshold: number): boolean {
  const bmi = bodyMassIndex(answers['body-size']);
  return bmi !== undefined && roundBmi(bmi) >= threshold;
}
