import type { ErrorKey } from '../answers/error-keys';
import { QUESTION_PAGES } from '../answers/question-pages';
import { fill } from './fill';
import type { Messages } from './messages';

function isErrorKey(key: string, errors: Messages['errors']): key is ErrorKey {
  return Object.hasOwn(errors, key);
}

const RANGE_KEY = /^body-size\.(\w+)-range$/;
const MEASURED = QUESTION_PAGES['body-size'].fields;

function isMeasured(field: string | undefined): field is Exclude<keyof typeof MEASURED, 'units'> {
  return field !== undefined && field !== 'units' && Object.hasOwn(MEASURED, field);
}

/**
 * The words for a schema's error key in the active language. Range messages get the limits the
 * page declares, written the language's way. A message that is not a key (which only a schema
 * change without a catalog entry could produce) is shown as it is rather than hidden.
 */
export function errorText(key: string, errors: Messages['errors'], formatNumber: (value: number) => string): string {
  if (!isErrorKey(key, errors)) return key;
  const range = RANGE_KEY.exec(key)?.[1];
  if (!isMeasured(range)) return errors[key];
  const { min, max } = MEASURED[range];
  return fill(errors[key], { min: formatNumber(min), max: formatNumber(max) });
}
