import type { Answers } from '../answers/answers';
import { evaluate } from '../../rules/evaluate';
import type { Point } from '../../rules/evaluate';

/** The urgent points the rules raise for these answers; the rules are the one source of their wording. */
export function urgentPoints(answers: Answers): Point[] {
  return evaluate(answers).filter((point) => point.section === 'urgent');
}
