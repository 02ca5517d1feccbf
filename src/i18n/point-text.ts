import type { RuleId, UrgentRuleId } from '../../rules/all-rules';
import type { Messages, SummaryMessages } from './messages';
import { fill } from './fill';
import type { PointText } from './point-text-types';

function isUrgent(id: RuleId, messages: Messages): id is UrgentRuleId {
  return Object.hasOwn(messages.urgentPoints, id);
}

/** What a point says in the active language, wherever its words are kept (urgent ones with the question pages). */
export function pointText(id: RuleId, messages: Messages, summary: SummaryMessages): PointText {
  if (!isUrgent(id, messages)) return summary.points[id];
  // Away from the patient's screen (the summary sent to the clinic, the review sheet) no number is
  // known: "your local emergency number". The notice on screen and on paper fills in the number.
  const text = messages.urgentPoints[id];
  return { ...text, point: fill(text.point, { number: messages.ui.urgent.localNumber }) };
}
