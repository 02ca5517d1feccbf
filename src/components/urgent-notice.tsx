import type { Point } from '../../rules/rule';

interface UrgentNoticeProps {
  points: Point[];
  /** Live only where the person has just ticked a symptom, so it is announced once, not on every page. */
  live?: boolean;
}

/** The urgent warning: shown before anything else wherever an answer calls for it. */
export function UrgentNotice({ points, live = false }: UrgentNoticeProps) {
  if (points.length === 0) return null;
  return (
    <section className="urgent-notice" aria-labelledby="urgent-notice-title" role={live ? 'alert' : undefined}>
      <h2 id="urgent-notice-title" className="urgent-notice__title">
        <span className="urgent-notice__icon" aria-hidden="true">
          !
        </span>
        Get medical help now
      </h2>
      {points.map((point) => (
        <div key={point.id} className="urgent-notice__point">
          <p className="urgent-notice__action">{point.point}</p>
          <p>{point.why}</p>
        </div>
      ))}
      <p>You can finish this questionnaire later. Your answers stay on this device until you close the tab.</p>
    </section>
  );
}
