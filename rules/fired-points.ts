import type { Answers } from '../src/answers/answers';
import type { AnswerRef } from '../src/answers/answer-ref';
import type { RuleId } from './all-rules';
import type { Rule } from './rule';
import type { SectionId } from './sections';
import type { SourceId } from './sources';
import { tierRank, type TierId } from './tiers';
import type { TopicId } from './topics';

/** A rule that fired, without its predicate; its words come from the active language's text table. */
export interface Point<Id extends RuleId = RuleId> {
  id: Id;
  section: SectionId;
  tier: TierId;
  topic?: TopicId;
  because: readonly AnswerRef[];
  sources: readonly [SourceId, ...SourceId[]];
}

/**
 * The points some rules call for, in summary order: by tier, then by position in the list.
 * Pure: it reads the answers and the rules and returns new objects. On its own (without the full
 * rule list) so the question pages can check the urgent rules without downloading the others.
 */
export function firedPoints<Id extends RuleId>(rules: readonly (Rule & { id: Id })[], answers: Answers): Point<Id>[] {
  return (
    rules
      .map((rule, index) => ({ rule, index }))
      .filter(({ rule }) => rule.when(answers))
      // Array.prototype.sort is stable, but comparing the index too keeps the order explicit.
      .sort((a, b) => tierRank(a.rule.tier) - tierRank(b.rule.tier) || a.index - b.index)
      .map(({ rule: { when: _when, ...point } }) => point)
  );
}
