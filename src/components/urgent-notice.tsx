import type { UrgentRuleId } from '../../rules/all-rules';
import type { Point } from '../../rules/fired-points';
import { needsHelpNow } from '../../rules/urgent-points';
import { fill } from '../i18n/fill';
import { useI18n } from '../i18n/i18n-context';
import { useEmergencyWords } from './emergency-number';

interface UrgentNoticeProps {
  points: Point<UrgentRuleId>[];
  /** Live only where the person has just ticked a symptom, so it is announced once, not on every page. */
  live?: boolean;
  /**
   * On the summary: the source numbers of each point, as every other point has them. The summary
   * is the end of the questionnaire, so there the notice leaves out "you can finish it later".
   */
  sourceNumbers?: (point: Point<UrgentRuleId>) => string;
}

/** The urgent warning: shown before anything else wherever an answer calls for it. */
export function UrgentNotice({ points, live = false, sourceNumbers }: UrgentNoticeProps) {
  const { messages } = useI18n();
  const number = useEmergencyWords();
  if (points.length === 0) return null;
  return (
    <section className="urgent-notice" aria-labelledby="urgent-notice-title" role={live ? 'alert' : undefined}>
      <h2 id="urgent-notice-title" className="urgent-notice__title">
        <span className="urgent-notice__icon" aria-hidden="true">
          !
        </span>
        {urgentTitle(points, messages.ui.urgent)}
      </h2>
      {points.map((point) => (
        <div key={point.id} className="urgent-notice__point">
          <p className="urgent-notice__action">{fill(messages.urgentPoints[point.id].point, { number })}</p>
          <p>
            {messages.urgentPoints[point.id].why}
            {sourceNumbers ? <span className="point__sources"> {sourceNumbers(point)}</span> : null}
          </p>
        </div>
      ))}
      {sourceNumbers ? null : <p>{messages.ui.urgent.later}</p>}
    </section>
  );
}

/** "Get medical help now" when any symptom calls for it now, else "… today": the heading agrees with the text. */
export function urgentTitle(
  points: readonly Point<UrgentRuleId>[],
  words: { readonly title: string; readonly titleToday: string },
): string {
  return needsHelpNow(points) ? words.title : words.titleToday;
}
