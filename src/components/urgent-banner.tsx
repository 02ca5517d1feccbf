import type { UrgentRuleId } from '../../rules/all-rules';
import type { Point } from '../../rules/fired-points';
import { fill } from '../i18n/fill';
import { useI18n } from '../i18n/i18n-context';
import { EmergencyCall } from './emergency-number';
import { UrgentNotice, urgentTitle } from './urgent-notice';

/**
 * After the get-help page: one line above the question, which opens the full notice in place (a
 * native disclosure, so it works by keyboard and is announced as expanded or collapsed). It keeps
 * the question near the top of the page, and opening it changes nothing the clinic's page can see.
 */
export function UrgentBanner({ points }: { points: Point<UrgentRuleId>[] }) {
  const words = useI18n().messages.ui.urgent;
  if (points.length === 0) return null;
  return (
    <details className="urgent-banner">
      <summary className="urgent-banner__summary">
        <span className="urgent-notice__icon urgent-banner__icon" aria-hidden="true">
          !
        </span>
        {fill(words.banner, { title: urgentTitle(points, words) })}
      </summary>
      <div className="urgent-banner__body">
        <UrgentNotice points={points} />
        <EmergencyCall />
      </div>
    </details>
  );
}
