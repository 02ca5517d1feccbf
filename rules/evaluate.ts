import type { Answers } from '../src/answers/answers';
import { ALL_RULES, type RuleId } from './all-rules';
import { SECTIONS, sectionRank, type SectionId } from './sections';
import type { SourceId } from './sources';

/** A rule that fired, without its predicate; its words come from the active language's text table. */
export interface Point {
  id: RuleId;
  section: SectionId;
  sources: readonly [SourceId, ...SourceId[]];
}

/**
 * The points these answers call for, in summary order: by section, then by position in the
 * rule list. Pure: it reads the answers and the rules and returns new objects, so the summary and
 * the urgent notice can call it as often as they render.
 */
export function evaluate(answers: Answers): Point[] {
  return ALL_RULES
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.when(answers))
    // Array.prototype.sort is stable, but comparing the index too keeps the order explicit.
    .sort((a, b) => sectionRank(a.rule.section) - sectionRank(b.rule.section) || a.index - b.index)
    .map(({ rule: { id, section, sources } }) => ({ id, section, sources }));
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
