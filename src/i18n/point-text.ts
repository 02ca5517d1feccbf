import type { RuleId, UrgentRuleId } from '../../rules/all-rules';
import type { Messages, SummaryMessages } from './messages';
import type { PointText } from './point-text-types';

function isUrgent(id: RuleId, messages: Messages): id is UrgentRuleId {
  return Object.hasOwn(messages.urgentPoints, id);
}

/** What a point says in the active language, wherever its words are kept (urgent ones with the question pages). */
export function pointText(id: RuleId, messages: Messages, summary: SummaryMessages): PointText {
  return isUrgent(id, messages) ? messages.urgentPoints[id] : summary.points[id];
}
