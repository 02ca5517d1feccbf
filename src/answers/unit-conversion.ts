const CM_PER_INCH = 2.54;
const KG_PER_POUND = 0.45359237;
const INCHES_PER_FOOT = 12;

/** A height in inches alone (as FHIR's `[in_i]` carries it) as whole feet and the inches left. */
export function feetAndInches(totalInches: number): { feet: number; inches: number } {
  const feet = Math.floor(totalInches / INCHES_PER_FOOT);
  return { feet, inches: totalInches - feet * INCHES_PER_FOOT };
}

/** Feet and inches as inches alone. */
export function inchesOf(feet: number, inches = 0): number {
  return feet * INCHES_PER_FOOT + inches;
}

/** Height and weight as typed in feet, inches and pounds; a box left empty is undefined. */
export interface ImperialSize {
  feet?: number;
  inches?: number;
  pounds?: number;
}

/** Height and weight as typed in centimetres and kilograms. */
export interface MetricSize {
  centimetres?: number;
  kilograms?: number;
}

/**
 * A number as a person types it (a comma or a point for decimals), or undefined for an empty box
 * or text that is not a plain number: such text is not converted, and the form's own check names it.
 */
export function readTyped(raw: string | undefined): number | undefined {
  const input = (raw ?? '').trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(input) ? Number(input) : undefined;
}

// Whole centimetres and inches, kilograms to 0.1 and whole pounds: as precise as people give
// them, and fine enough that converting there and back gives the same whole feet, inches and pounds.
const tenths = (value: number) => Math.round(value * 10) / 10;

/** Feet, inches and pounds in centimetres and kilograms. A height needs the feet; inches alone are not one. */
export function toMetric({ feet, inches, pounds }: ImperialSize): MetricSize {
  return {
    centimetres: feet === undefined ? undefined : Math.round((feet * INCHES_PER_FOOT + (inches ?? 0)) * CM_PER_INCH),
    kilograms: pounds === undefined ? undefined : tenths(pounds * KG_PER_POUND),
  };
}

/** Centimetres and kilograms in feet, whole inches and pounds. */
export function toImperial({ centimetres, kilograms }: MetricSize): ImperialSize {
  const totalInches = centimetres === undefined ? undefined : Math.round(centimetres / CM_PER_INCH);
  return {
    feet: totalInches === undefined ? undefined : Math.floor(totalInches / INCHES_PER_FOOT),
    inches: totalInches === undefined ? undefined : totalInches % INCHES_PER_FOOT,
    pounds: kilograms === undefined ? undefined : Math.round(kilograms / KG_PER_POUND),
  };
}
