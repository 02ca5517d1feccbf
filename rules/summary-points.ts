import type { Answers } from '../src/answers/answers';
import { ALL_RULES } from './all-rules';
import { firedPoints, type Point } from './fired-points';
import { isPersonalTier } from './tiers';

/** How many personal points the summary's first part shows: what a surgeon can take in at once. */
export const MOST_IMPORTANT_LIMIT = 5;

/**
 * Every point these answers call for, in summary order: by tier, then by position in the rule
 * list. Pure, so the summary can call it as often as it renders.
 */
export function summaryPoints(answers: Answers): Point[] {
  return firedPoints(ALL_RULES, answers);
}

/** The summary's parts, each in summary order. Urgent points are left to the urgent notice. */
export interface SummaryLayout {
  /** The first few personal points: the highest tiers first. */
  mostImportant: Point[];
  /** The personal points that did not fit in the first part. */
  more: Point[];
  /** The checklist's questions for the surgeon, and what to tell them. */
  questions: Point[];
  /** The checklist's points to weigh up in one's own time. */
  beforeYouDecide: Point[];
}

export function summaryLayout(points: readonly Point[]): SummaryLayout {
  const personal = points.filter((point) => point.tier !== 'urgent' && isPersonalTier(point.tier));
  const checklist = points.filter((point) => !isPersonalTier(point.tier));
  return {
    mostImportant: personal.slice(0, MOST_IMPORTANT_LIMIT),
    more: personal.slice(MOST_IMPORTANT_LIMIT),
    questions: checklist.filter((point) => point.section !== 'before-you-decide'),
    beforeYouDecide: checklist.filter((point) => point.section === 'before-you-decide'),
  };
}
