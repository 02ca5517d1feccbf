import type { Answers } from '../src/answers/answers';
import type { UrgentRuleId } from './all-rules';
import { firedPoints, type Point } from './fired-points';
import { urgentRules } from './rules-urgent';

/**
 * The urgent points the rules raise for these answers; the rules are the one source of their
 * wording. Only the urgent rules are read, so the question pages do not need the whole list.
 */
export function urgentPoints(answers: Answers): Point<UrgentRuleId>[] {
  return firedPoints(urgentRules, answers);
}

const URGENT_IDS: ReadonlySet<string> = new Set(urgentRules.map((rule) => rule.id));

/** Picks the urgent points out of a full list, typed so their urgent words can be looked up. */
export function isUrgentPoint(point: Point): point is Point<UrgentRuleId> {
  return URGENT_IDS.has(point.id);
}

/** Symptoms that call for the emergency number now; the others call for a doctor today. */
const NOW: ReadonlySet<UrgentRuleId> = new Set(['urgent-breathless-chest-pain']);

/** Whether any of these points calls for help now, not later today: the heading says "now" only then. */
export function needsHelpNow(points: readonly Point<UrgentRuleId>[]): boolean {
  return points.some((point) => NOW.has(point.id));
}
