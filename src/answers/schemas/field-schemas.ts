import { z } from 'zod/mini';
import type { ErrorKey } from '../../i18n/en/errors-en';

type Values = readonly [string, ...string[]];

/**
 * Messages are catalog keys (`ErrorKey`), not words: the page shows them in the patient's language.
 *
 * One answer from a radio group. An unanswered group arrives as null, hence one message for every failure. */
export function oneOf<const T extends Values>(values: T, message: ErrorKey) {
  return z.enum(values, { error: message });
}

/**
 * Answers from a checkbox group. `none` is the "None of these" option: it may not be
 * combined with anything else (the page unticks the others, this guards the data).
 */
export function someOf<const T extends Values>(
  values: T,
  message: ErrorKey,
  none: T[number],
  noneMessage: ErrorKey,
) {
  return z
    .array(z.enum(values, { error: message }), { error: message })
    .check(
      z.minLength(1, { error: message }),
      z.refine((list: T[number][]) => !list.includes(none) || list.length === 1, { error: noneMessage }),
    );
}

/** Optional free text: trimmed, empty becomes undefined, bounded so a printout stays a printout. */
export function optionalText(max: number, tooLong: ErrorKey) {
  return z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(max, { error: tooLong }))),
    z.transform((text: string | undefined) => (text ? text : undefined)),
  );
}
