import { MEASURE_LIMITS } from '../answers/schemas/weight-schemas';
import type { ErrorKey } from './en/errors-en';
import { fill } from './fill';
import type { Messages } from './messages';

function isErrorKey(key: string, errors: Messages['errors']): key is ErrorKey {
  return Object.hasOwn(errors, key);
}

const RANGE_KEY = /^body-size\.(\w+)-range$/;

function isMeasure(field: string | undefined): field is keyof typeof MEASURE_LIMITS {
  return field !== undefined && Object.hasOwn(MEASURE_LIMITS, field);
}

/**
 * The words for a schema's error key in the active language. Range messages get the limits the
 * schema checks, written the language's way. A message that is not a key (which only a schema
 * change without a catalog entry could produce) is shown as it is rather than hidden.
 */
export function errorText(key: string, errors: Messages['errors'], formatNumber: (value: number) => string): string {
  if (!isErrorKey(key, errors)) return key;
  // The measured fields are the schema's own list (MEASURE_LIMITS), not a second copy here.
  const range = RANGE_KEY.exec(key)?.[1];
  if (!isMeasure(range)) return errors[key];
  const { min, max } = MEASURE_LIMITS[range];
  return fill(errors[key], { min: formatNumber(min), max: formatNumber(max) });
}
