import type { Questionnaire, QuestionnaireItem, QuestionnaireItemEnableWhen } from 'fhir/r4';

/** The codes given to each question, by linkId, as a form would hold them. */
export type GivenCodes = ReadonlyMap<string, readonly string[]>;

/**
 * FHIR R4's enableWhen for choice questions, written out for the tests: an item is enabled when
 * its conditions hold (all, or any with enableBehavior "any"), and a question inside a disabled
 * item counts as unanswered. Only the `=` operator on codings is used by the export; anything
 * else fails loudly.
 */
function holds(condition: QuestionnaireItemEnableWhen, given: GivenCodes, enabled: ReadonlySet<string>): boolean {
  if (condition.operator !== '=' || !condition.answerCoding?.code) {
    throw new Error(`enableWhen not understood: ${JSON.stringify(condition)}`);
  }
  if (!enabled.has(condition.question)) return false;
  return (given.get(condition.question) ?? []).includes(condition.answerCoding.code);
}

/** The linkIds of every enabled item, in document order. */
export function enabledItems(questionnaire: Questionnaire, given: GivenCodes): string[] {
  const enabled = new Set<string>();
  const visit = (items: readonly QuestionnaireItem[] | undefined) => {
    for (const item of items ?? []) {
      const conditions = item.enableWhen ?? [];
      const results = conditions.map((condition) => holds(condition, given, enabled));
      const on =
        conditions.length === 0 || (item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean));
      if (!on) continue;
      enabled.add(item.linkId);
      visit(item.item);
    }
  };
  visit(questionnaire.item);
  return [...enabled];
}
