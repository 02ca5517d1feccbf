import type { Answers } from './answers';
import { said, type AnswerRef } from './answer-ref';
import type { StepId } from './step-ids';

/**
 * Answers a person may not want on the sheet they hand over, or in what they send to a clinic.
 * Each topic lists the pages it covers and the single options elsewhere that tell the same story
 * (a recent birth ticked as a clot risk says as much as the pregnancy page). Body image and
 * mental health are left out unless the person chooses to include them; pregnancy, which a surgeon
 * needs for safety, is included unless they choose to leave it out. Decision 0013.
 */
export const SENSITIVE_TOPICS = {
  pregnancy: {
    includedByDefault: true,
    pages: ['pregnancy'],
    options: [said('clot-risk', 'factors', ['recent-pregnancy', 'pregnancy-losses'])],
  },
  feelings: {
    includedByDefault: false,
    pages: ['wellbeing'],
    options: [],
  },
} as const satisfies Record<
  string,
  { includedByDefault: boolean; pages: readonly StepId[]; options: readonly AnswerRef[] }
>;

export type SensitiveTopic = keyof typeof SENSITIVE_TOPICS;

/** Which sensitive topics go on the printout and into a shared summary. */
export type Included = Readonly<Record<SensitiveTopic, boolean>>;

export const INCLUDED_BY_DEFAULT: Included = {
  pregnancy: SENSITIVE_TOPICS.pregnancy.includedByDefault,
  feelings: SENSITIVE_TOPICS.feelings.includedByDefault,
};

/** The sensitive topics, in the order they are offered. */
export const SENSITIVE_TOPIC_IDS = Object.keys(SENSITIVE_TOPICS) as SensitiveTopic[];
const TOPICS = SENSITIVE_TOPIC_IDS;

/** The topics (if any) that cover this page whole. */
export function topicOfPage(step: StepId): SensitiveTopic | undefined {
  return TOPICS.find((topic) => (SENSITIVE_TOPICS[topic].pages as readonly StepId[]).includes(step));
}

/** The pages left out as a whole when these choices stand. */
export function withheldPages(included: Included): ReadonlySet<StepId> {
  return new Set(TOPICS.filter((topic) => !included[topic]).flatMap((topic) => SENSITIVE_TOPICS[topic].pages));
}

/** The answer that tells nothing: offered on every sensitive question. */
const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

/**
 * Whether the person gave any answer a topic covers, so the choice is only offered when it
 * matters. "Prefer not to say" is no answer to keep off paper: it prints as said, where the
 * topic prints at all (pregnancy, by default), and is never a reason to ask.
 */
export function answersTouch(answers: Answers, topic: SensitiveTopic): boolean {
  const { pages, options } = SENSITIVE_TOPICS[topic];
  return pages.some((step) => saysSomething(answers[step])) || options.some((ref) => ticked(answers, ref).length > 0);
}

function saysSomething(page: object | undefined): boolean {
  return page !== undefined && Object.values(page).some((value) => value !== undefined && value !== PREFER_NOT_TO_SAY);
}

function ticked(answers: Answers, ref: AnswerRef): string[] {
  const page = answers[ref.step] as Record<string, unknown> | undefined;
  const value = ref.field ? page?.[ref.field] : undefined;
  return Array.isArray(value) ? value.filter((item: string) => ref.only?.includes(item) ?? true) : [];
}

/**
 * The answers as they may be printed or shared: pages a left-out topic covers are gone, and so
 * are the single options it covers. A list that this leaves empty stays empty (never "none"), and
 * whoever prints it leaves the row out rather than claim the person ticked nothing.
 */
export function shareableAnswers(answers: Answers, included: Included): Answers {
  const withheld = withheldPages(included);
  const result: Record<string, unknown> = Object.fromEntries(
    Object.entries(answers).filter(([step]) => !withheld.has(step as StepId)),
  );
  for (const topic of TOPICS) {
    if (included[topic]) continue;
    const { options } = SENSITIVE_TOPICS[topic];
    for (const ref of options as readonly AnswerRef[]) {
      const page = result[ref.step] as Record<string, unknown> | undefined;
      const field = ref.field;
      if (!page || !field || !Array.isArray(page[field])) continue;
      const left = (page[field] as string[]).filter((item) => !ref.only?.includes(item));
      result[ref.step] = { ...page, [field]: left };
    }
  }
  // Built key by key from a valid Answers; every page left is the same or a subset of a list.
  return result as Answers;
}
