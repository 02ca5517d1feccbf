import type { Answers } from '../src/answers/answers';
import { ALL_RULES } from './all-rules';
import { firedPoints, type Point } from './fired-points';
import { SECTIONS, type SectionId } from './sections';

/**
 * Every point these answers call for, in summary order: by section, then by position in the
 * rule list. Pure, so the summary can call it as often as it renders.
 */
export function summaryPoints(answers: Answers): Point[] {
  return firedPoints(ALL_RULES, answers);
}

export interface SectionPoints {
  section: SectionId;
  points: Point[];
}

/** Points grouped under their sections, in section order, leaving out sections with no points. */
export function pointsBySection(points: readonly Point[]): SectionPoints[] {
  return SECTIONS.map((section) => ({
    section,
    points: points.filter((point) => point.section === section),
  })).filter((group) => group.points.length > 0);
}
