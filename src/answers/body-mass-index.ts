import type { StepValues } from './answers';

const CM_PER_INCH = 2.54;
const KG_PER_POUND = 0.45359237;

/** Body-mass index from the optional height and weight page, or undefined where either is missing. */
export function bodyMassIndex(size: StepValues<'body-size'> | undefined): number | undefined {
  if (!size) return undefined;
  let heightCm: number | undefined;
  let weightKg: number | undefined;
  if (size.units === 'imperial') {
    if (size.feet !== undefined) heightCm = (size.feet * 12 + (size.inches ?? 0)) * CM_PER_INCH;
    if (size.pounds !== undefined) weightKg = size.pounds * KG_PER_POUND;
  } else {
    heightCm = size.centimetres;
    weightKg = size.kilograms;
  }
  if (heightCm === undefined || weightKg === undefined || heightCm <= 0) return undefined;
  const metres = heightCm / 100;
  return weightKg / (metres * metres);
}

/** One decimal place, as BMI is usually quoted. */
export function roundBmi(bmi: number): number {
  return Math.round(bmi * 10) / 10;
}

/**
 * A wide human range of BMI. Outside it the height and weight are far more likely mistyped
 * (3 ft with 700 lb gives 380) or entered in the wrong units than real, so the page asks
 * "Is this right?" before keeping them. The person may still keep them.
 */
export const LIKELY_BMI = { min: 12, max: 90 } as const;

export function isLikelyBmi(bmi: number): boolean {
  return bmi >= LIKELY_BMI.min && bmi <= LIKELY_BMI.max;
}
