import type { Answers } from './answers';
import { QUESTION_PAGES } from './question-pages';

const BOXES = Object.keys(
  QUESTION_PAGES['own-questions'].fields,
) as (keyof (typeof QUESTION_PAGES)['own-questions']['fields'])[];

/**
 * The questions the person wrote for the surgeon, in the order of the boxes, empty boxes left
 * out (so a question typed in the third box alone is their only one, not their third).
 */
export function ownQuestions(answers: Answers): string[] {
  const page = answers['own-questions'];
  if (!page) return [];
  return BOXES.map((box) => page[box]).filter((question): question is string => Boolean(question));
}
