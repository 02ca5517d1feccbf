import type { Rule } from './rule';
import { urgentRules } from './rules-urgent';
import { surgeonRules } from './rules-surgeon';
import { targetAreaRules } from './rules-target-area';
import { lookAlikeRules } from './rules-look-alike';
import { techniqueRules } from './rules-technique';
import { weightRules } from './rules-weight';
import { healthRules } from './rules-health';
import { readinessRules } from './rules-readiness';

/**
 * Every rule, in the order points appear within a section of the summary. Urgent first; then the
 * surgeon-and-facility list, so "Questions to ask your surgeon" opens with the questions everyone
 * should ask before those their answers add; then the brief's topics in the questionnaire's order,
 * with readiness last so the summary ends on "not having liposuction is always an option".
 */
export const ALL_RULES = [
  ...urgentRules,
  ...surgeonRules,
  ...targetAreaRules,
  ...lookAlikeRules,
  ...techniqueRules,
  ...weightRules,
  ...healthRules,
  ...readinessRules,
] as const satisfies readonly Rule[];

/** The id of any rule: the text tables are keyed by it, so a typo in either fails to compile. */
export type RuleId = (typeof ALL_RULES)[number]['id'];

/** The urgent rules' ids: their words travel with the question pages, which show them at once. */
export type UrgentRuleId = (typeof urgentRules)[number]['id'];

/** The other rules' ids: their words come with the summary. */
export type SummaryRuleId = Exclude<RuleId, UrgentRuleId>;
