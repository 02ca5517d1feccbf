import { z } from 'zod/mini';
import { bodySizeSchema } from './body-size-schema';
import { pageSchema, type PageInput, type PageValues } from './page-schema';
import { QUESTION_PAGES, type QuestionPages } from './question-pages';
import { STEP_IDS, type StepId } from './step-ids';

type StepSchema<K extends StepId> = K extends 'body-size'
  ? typeof bodySizeSchema
  : z.ZodMiniType<PageValues<QuestionPages[K]>, PageInput<QuestionPages[K]>>;

export type StepSchemas = { readonly [K in StepId]: StepSchema<K> };

function schemaOf(step: StepId): z.ZodMiniType {
  return step === 'body-size' ? bodySizeSchema : pageSchema(step, QUESTION_PAGES[step]);
}

/**
 * Each page's schema is built the first time it is used, then kept (zod's `lazy` caches it):
 * building all 33 at start-up held up the first question by about 40 ms at 4x CPU.
 */
function lazySchemas(): StepSchemas {
  const schemas: Record<string, z.ZodMiniType> = {};
  for (const step of STEP_IDS) schemas[step] = z.lazy(() => schemaOf(step));
  // Filled from the declarations in a loop, which TypeScript cannot follow key by key.
  return schemas as StepSchemas;
}

/** The one schema per question page, derived from its declaration. Everything else is typed from these. */
export const stepSchemas = lazySchemas();

/** What a page's form holds while the person is typing (strings from text boxes). */
export type StepInput<K extends StepId> = z.input<StepSchemas[K]>;

/** A page's validated answers. */
export type StepValues<K extends StepId> = z.output<StepSchemas[K]>;

export type AnswersByStep = { [K in StepId]: StepValues<K> };

/** Answers so far: a page that has not been answered (or lies off the current route) has no entry. */
export type Answers = Partial<AnswersByStep>;

/** One page's answers, tagged with its page, as carried by the machine's SUBMIT event. */
export type StepAnswer = { [K in StepId]: { step: K; values: StepValues<K> } }[StepId];

/**
 * Tags a page's validated values with the page. TypeScript cannot correlate a generic key
 * with its member of the StepAnswer union, so the cast lives here, once, behind typed arguments.
 */
export function answerFor<K extends StepId>(step: K, values: StepValues<K>): StepAnswer {
  return { step, values } as StepAnswer;
}
