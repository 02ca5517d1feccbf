import type { Answers } from '../src/answers/answers';
import { QUESTION_PAGES } from '../src/answers/question-pages';
import type { SourceId } from './sources';

/**
 * The decision aid's own reading of the answers (issue 16, decision 0018): which things matter to
 * the person, and which of the SURE questions they answered "no". Nothing is scored or judged:
 * the summary lists what they said, and for each "no", what tends to help.
 */
export type PriorityField = keyof typeof QUESTION_PAGES.priorities.fields;
export type Importance = (typeof QUESTION_PAGES.priorities.fields)[PriorityField]['values'][number];
export type SureField = keyof typeof QUESTION_PAGES.sure.fields;

export const PRIORITY_FIELDS = Object.keys(QUESTION_PAGES.priorities.fields) as PriorityField[];
export const SURE_FIELDS = Object.keys(QUESTION_PAGES.sure.fields) as SureField[];

/** The published test the four questions come from, cited wherever they are printed. */
export const SURE_SOURCES: readonly [SourceId, ...SourceId[]] = ['sure-test'];

/** The things the person rated at this level, in the page's order; none when the page is not answered. */
export function prioritiesRated(answers: Answers, level: Importance): PriorityField[] {
  const rated = answers.priorities;
  return rated ? PRIORITY_FIELDS.filter((field) => rated[field] === level) : [];
}

/** The SURE questions answered "no": each means the person may not be ready to decide yet. */
export function sureAnsweredNo(answers: Answers): SureField[] {
  const sure = answers.sure;
  return sure ? SURE_FIELDS.filter((field) => sure[field] === 'no') : [];
}
