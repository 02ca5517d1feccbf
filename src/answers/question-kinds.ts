import type { PageSectionId } from './page-sections';

type Values = readonly [string, ...string[]];

/**
 * One answer from a radio group: the tuple is the options' order on the page and what the schema
 * accepts. `apart` is an answer that is no answer ("Prefer not to say"), set apart after an "or".
 */
export interface RadioQuestion<V extends Values = Values> {
  readonly kind: 'radio';
  readonly values: V;
  readonly apart?: V[number];
}

/**
 * Answers from a checkbox group; `none` is the exclusive "None of these" option, if the list has
 * one. `unsure` is "I am not sure": exclusive with "None" (not knowing is not a no), but it may go
 * with real options (sure of one sign, unsure of the rest). Both sit after an "or" divider, so
 * they come last in `values`, `unsure` first.
 */
export interface CheckboxQuestion<V extends Values = Values> {
  readonly kind: 'checkbox';
  readonly values: V;
  readonly none?: V[number];
  readonly unsure?: V[number];
}

/**
 * Optional free text, at most `max` characters once trimmed, so a printout stays a printout.
 * With `revealedBy` it is a box that opens under one option of a checkbox field on the same page
 * (GOV.UK's conditional reveal); while that option is not ticked the text is dropped on saving.
 */
export interface TextQuestion {
  readonly kind: 'text';
  readonly max: number;
  readonly revealedBy?: { readonly field: string; readonly value: string };
}

/**
 * A number typed into a text box (GOV.UK asks for text inputs with inputmode, not type=number,
 * which silently drops invalid text); empty means "not given".
 */
export interface MeasureQuestion {
  readonly kind: 'measure';
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (feet, inches). */
  readonly whole: boolean;
}

export type QuestionDeclaration = RadioQuestion | CheckboxQuestion | TextQuestion | MeasureQuestion;

/**
 * One question page, declared once: the part of the questionnaire it belongs to and its fields
 * in page order. The schema, the layout, the error keys and the form's starting values are all
 * derived from this; the words are in the catalogs, keyed by step and field name.
 */
export interface PageDeclaration {
  readonly section: PageSectionId;
  readonly fields: Readonly<Record<string, QuestionDeclaration>>;
}

export function radio<const V extends Values>(values: V, options: { apart?: V[number] } = {}): RadioQuestion<V> {
  return { kind: 'radio', values, ...options };
}

export function checkbox<const V extends Values>(
  values: V,
  options: { none?: V[number]; unsure?: V[number] } = {},
): CheckboxQuestion<V> {
  return { kind: 'checkbox', values, ...options };
}

export function text(max: number, options: { revealedBy?: TextQuestion['revealedBy'] } = {}): TextQuestion {
  return { kind: 'text', max, ...options };
}

export function measure(min: number, max: number, { whole }: { whole: boolean }): MeasureQuestion {
  return { kind: 'measure', min, max, whole };
}

export function page<const F extends PageDeclaration['fields']>(section: PageSectionId, fields: F) {
  return { section, fields };
}

/** What a field holds once its page is saved. */
export type ValueOf<Q> =
  Q extends RadioQuestion<infer V>
    ? V[number]
    : Q extends CheckboxQuestion<infer V>
      ? V[number][]
      : Q extends TextQuestion
        ? string | undefined
        : Q extends MeasureQuestion
          ? number | undefined
          : never;

/** What a field holds while the person is typing: text boxes hold strings. */
export type InputOf<Q> = Q extends TextQuestion | MeasureQuestion ? string | undefined : ValueOf<Q>;
