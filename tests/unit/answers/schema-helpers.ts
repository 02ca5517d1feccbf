import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { stepSchemas } from '../../../src/answers/answers';
import type { StepId } from '../../../src/answers/step-ids';
import { errorText } from '../../../src/i18n/error-text';
import { english } from '../../support/english';
import { VALID_INPUTS } from '../../support/answers/valid-inputs';

export interface Issue {
  path: PropertyKey[];
  message: string;
}

/** A page's schema, widened so one table can hold several pages. */
export function schemaOf(step: StepId): z.ZodMiniType {
  return stepSchemas[step];
}

/** The page's valid input with some fields replaced (by anything, valid or not). */
export function inputWith(step: StepId, changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...VALID_INPUTS[step], ...changes };
}

/**
 * The issues (path and message only) of an input that must fail; throws if it parses. Schemas
 * carry catalog keys; the message here is the English the page shows for that key.
 */
export function issuesOf(schema: z.ZodMiniType, input: unknown): Issue[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`Expected a failure, but it parsed as ${JSON.stringify(result.data)}`);
  return result.error.issues.map(({ path, message }) => ({
    path,
    message: errorText(message, english.messages.errors, english.formatNumber),
  }));
}

/** The output of an input that must parse; throws with the messages if it does not. */
export function parsedBy<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success)
    throw new Error(`Expected success, got: ${result.error.issues.map((i) => i.message).join('; ')}`);
  return result.data;
}

/** One radio question: the page, the field, its options and the one message for every failure. */
export interface RadioCase {
  step: StepId;
  field: string;
  values: readonly string[];
  message: string;
}

/** One checkbox question; `none` is its "None of these" option, if it has one. */
export interface CheckboxCase {
  step: StepId;
  field: string;
  values: readonly string[];
  message: string;
  none?: string;
  /** The message for a value that is not an option, where it differs from `message`. */
  unknownMessage?: string;
}

export const NONE_ALONE = 'Select "None of these" on its own, or untick it';

/** The checks every radio question shares: each option parses, and every kind of non-answer gives its one message. */
export function describeRadios(cases: readonly RadioCase[]): void {
  describe('radio questions', () => {
    it.each(cases)('$step: accepts every $field option', ({ step, field, values }) => {
      for (const value of values) {
        expect(parsedBy(schemaOf(step), inputWith(step, { [field]: value }))).toMatchObject({ [field]: value });
      }
    });

    it.each(cases)('$step: an unanswered $field (null) gives "$message"', ({ step, field, message }) => {
      expect(issuesOf(schemaOf(step), inputWith(step, { [field]: null }))).toEqual([{ path: [field], message }]);
    });

    it.each(cases)('$step: a missing $field gives "$message"', ({ step, field, message }) => {
      expect(issuesOf(schemaOf(step), inputWith(step, { [field]: undefined }))).toEqual([{ path: [field], message }]);
    });

    it.each(cases)('$step: a $field that is not an option gives "$message"', ({ step, field, message }) => {
      expect(issuesOf(schemaOf(step), inputWith(step, { [field]: 'not-an-option' }))).toEqual([
        { path: [field], message },
      ]);
    });
  });
}

/** The checks every checkbox question shares. */
export function describeCheckboxes(cases: readonly CheckboxCase[]): void {
  describe('checkbox questions', () => {
    it.each(cases)('$step: accepts each $field option on its own', ({ step, field, values }) => {
      for (const value of values) {
        expect(parsedBy(schemaOf(step), inputWith(step, { [field]: [value] }))).toMatchObject({ [field]: [value] });
      }
    });

    it.each(cases)('$step: accepts every $field option but "none" together', ({ step, field, values, none }) => {
      const together = values.filter((value) => value !== none);
      expect(parsedBy(schemaOf(step), inputWith(step, { [field]: together }))).toMatchObject({ [field]: together });
    });

    it.each(cases)('$step: no $field ticked ([]) gives "$message"', ({ step, field, message }) => {
      expect(issuesOf(schemaOf(step), inputWith(step, { [field]: [] }))).toEqual([{ path: [field], message }]);
    });

    it.each(cases)('$step: $field as null or missing gives "$message"', ({ step, field, message }) => {
      expect(issuesOf(schemaOf(step), inputWith(step, { [field]: null }))).toEqual([{ path: [field], message }]);
      expect(issuesOf(schemaOf(step), inputWith(step, { [field]: undefined }))).toEqual([{ path: [field], message }]);
    });

    it.each(cases)('$step: a $field value that is not an option is reported at its index', (checkbox) => {
      const { step, field, values } = checkbox;
      const issues = issuesOf(schemaOf(step), inputWith(step, { [field]: [values[0], 'not-an-option'] }));
      expect(issues).toEqual([{ path: [field, 1], message: checkbox.unknownMessage ?? checkbox.message }]);
    });

    const withNone = cases.filter((checkbox) => checkbox.none !== undefined);
    if (withNone.length > 0) {
      it.each(withNone)(
        '$step: "none" combined with another $field option gives the "None of these on its own" message',
        (checkbox) => {
          const { step, field, values, none } = checkbox;
          const other = values.find((value) => value !== none);
          expect(issuesOf(schemaOf(step), inputWith(step, { [field]: [none, other] }))).toEqual([
            { path: [field], message: NONE_ALONE },
          ]);
          expect(issuesOf(schemaOf(step), inputWith(step, { [field]: [other, none] }))).toEqual([
            { path: [field], message: NONE_ALONE },
          ]);
        },
      );
    }
  });
}
