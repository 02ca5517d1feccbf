import { z } from 'zod/mini';
import type { ErrorKey } from './error-keys';
import type {
  CheckboxQuestion,
  InputOf,
  MeasureQuestion,
  PageDeclaration,
  QuestionDeclaration,
  RadioQuestion,
  TextQuestion,
  ValueOf,
} from './question-kinds';

/** The fields of a page that may be left out: optional text boxes (a saved page may predate one). */
type TextField<P extends PageDeclaration> = {
  [F in keyof P['fields']]: P['fields'][F] extends TextQuestion ? F : never;
}[keyof P['fields']];

/** A page's saved answers, field by field, as its declaration says. */
export type PageValues<P extends PageDeclaration> = {
  [F in Exclude<keyof P['fields'], TextField<P>>]: ValueOf<P['fields'][F]>;
} & { [F in TextField<P>]?: ValueOf<P['fields'][F]> };

/** What a page's form holds while the person is typing. */
export type PageInput<P extends PageDeclaration> = {
  [F in Exclude<keyof P['fields'], TextField<P>>]: InputOf<P['fields'][F]>;
} & { [F in TextField<P>]?: InputOf<P['fields'][F]> };

/** Schemas carry catalog keys, not words; a key that is not an ErrorKey fails to compile here. */
function key(value: string): ErrorKey {
  return value as ErrorKey;
}

// An unanswered radio group arrives as null or undefined: one message for every failure.
function radioSchema(question: RadioQuestion, message: ErrorKey) {
  return z.enum(question.values, { error: message });
}

/**
 * "None of these" may not be combined with anything else, "I am not sure" included: the page
 * unticks the others, this guards the data. "I am not sure" may go with real options.
 */
function checkboxSchema(question: CheckboxQuestion, message: ErrorKey) {
  const { none } = question;
  return z.array(z.enum(question.values, { error: message }), { error: message }).check(
    z.minLength(1, { error: message }),
    z.refine((list: string[]) => none === undefined || !list.includes(none) || list.length === 1, {
      error: key('none-alone'),
    }),
    // The page cannot tick a box twice; saved answers read back must not either.
    z.refine((list: string[]) => new Set(list).size === list.length, { error: message }),
  );
}

/** Optional free text: trimmed, empty becomes undefined, bounded. */
function textSchema(question: TextQuestion, tooLong: ErrorKey) {
  return z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(question.max, { error: tooLong }))),
    z.transform((value: string | undefined) => (value ? value : undefined)),
  );
}

/**
 * A number typed as text. Empty means "not given". A decimal comma is read as a point, as
 * Spanish speakers write it. The range messages quote the declaration's limits.
 */
export function measureSchema(question: MeasureQuestion, format: ErrorKey, range: ErrorKey) {
  const { min, max, whole } = question;
  const pattern = whole ? /^\d+$/ : /^\d+(\.\d+)?$/;
  return z.pipe(
    z.optional(z.string()),
    z.transform((raw: string | undefined, ctx): number | undefined => {
      const input = (raw ?? '').trim().replace(',', '.');
      if (input === '') return undefined;
      const value = Number(input);
      if (!pattern.test(input) || !Number.isFinite(value)) {
        ctx.issues.push({ code: 'custom', input: raw, message: format });
        return z.NEVER;
      }
      if (value < min || value > max) {
        ctx.issues.push({ code: 'custom', input: raw, message: range });
        return z.NEVER;
      }
      return value;
    }),
  );
}

/** One field's schema, with the error keys its kind reports under (see error-keys.ts). */
export function fieldSchema(step: string, name: string, question: QuestionDeclaration): z.ZodMiniType {
  const base = `${step}.${name}`;
  switch (question.kind) {
    case 'radio':
      return radioSchema(question, key(base));
    case 'checkbox':
      return checkboxSchema(question, key(base));
    case 'text':
      return textSchema(question, key(`${base}-too-long`));
    case 'measure':
      return measureSchema(question, key(`${base}-format`), key(`${base}-range`));
  }
}

/**
 * The schema of a page whose fields are checked each on its own. The declaration's types say
 * what it accepts and returns; zod cannot follow a mapped object type, hence the one cast.
 */
export function pageSchema<P extends PageDeclaration>(step: string, declaration: P) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [name, question] of Object.entries(declaration.fields)) shape[name] = fieldSchema(step, name, question);
  const revealed = Object.entries(declaration.fields).flatMap(([name, question]) =>
    question.kind === 'text' && question.revealedBy ? [{ name, by: question.revealedBy }] : [],
  );
  const schema = revealed.length === 0 ? z.object(shape) : z.pipe(z.transform(dropHidden(revealed)), z.object(shape));
  return schema as unknown as z.ZodMiniType<PageValues<P>, PageInput<P>>;
}

/**
 * A box revealed by an option says nothing once the option is unticked: its text is dropped
 * before checking, so it is neither refused for its length nor kept, nor read by anything later.
 */
function dropHidden(revealed: readonly { name: string; by: { field: string; value: string } }[]) {
  return (input: unknown): unknown => {
    if (typeof input !== 'object' || input === null) return input;
    const values = input as Record<string, unknown>;
    const hidden = new Set(revealed.filter(({ by }) => !isTicked(values[by.field], by.value)).map(({ name }) => name));
    return Object.fromEntries(Object.entries(values).filter(([name]) => !hidden.has(name)));
  };
}

function isTicked(chosen: unknown, value: string): boolean {
  return Array.isArray(chosen) && chosen.includes(value);
}
