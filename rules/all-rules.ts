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
 * Every rule, in the order points appear within a tier of the summary (the tier comes first).
 * Within the personal tiers: look-alike conditions, then health and clot risk, weight, technique
 * and the legs themselves, then the person's own plans. Within the checklist: who operates and
 * where, then the clot and medicine questions, the risks, the recovery and the benefit, with
 * readiness last so the summary ends on "not having liposuction is always an option".
 */
export const ALL_RULES = [
  ...urgentRules,
  ...surgeonRules,
  ...lookAlikeRules,
  ...healthRules,
  ...weightRules,
  ...techniqueRules,
  ...targetAreaRules,
  ...readinessRules,
] as const satisfies readonly Rule[];

/** The id of any rule: the text tables are keyed by it, so a typo in either fails to compile. */
export type RuleId = (typeof ALL_RULES)[number]['id'];

/** The urgent rules' ids: their words travel with the question pages, which show them at once. */
export type UrgentRuleId = (typeof urgentRules)[number]['id'];

/** The other rules' ids: their words come with the summary. */
export type SummaryRuleId = Exclude<RuleId, UrgentRuleId>;
