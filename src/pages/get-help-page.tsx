import type { UrgentRuleId } from '../../rules/all-rules';
import type { Point } from '../../rules/fired-points';
import { needsHelpNow } from '../../rules/urgent-points';
import { BackLink } from '../components/back-link';
import { ClinicContact } from '../components/clinic-contact';
import { EmergencyCall, useEmergencyWords } from '../components/emergency-number';
import { PageHeading } from '../components/page-heading';
import { urgentTitle } from '../components/urgent-notice';
import { fill } from '../i18n/fill';
import { useI18n } from '../i18n/i18n-context';
import { useDocumentTitle } from './use-document-title';

interface GetHelpPageProps {
  /** The urgent points the answers raise, the one to act on now first. */
  points: Point<UrgentRuleId>[];
  onContinue: () => void;
  onBack: () => void;
  /** The clinic's contact (settings), shown when it set one. */
  contact?: string;
  clinicName?: string;
}

/**
 * The page an urgent symptom leads to, before any further question (GOV.UK's "service not
 * suitable" pattern): what to do, a link that dials the emergency number, the clinic's contact, and
 * only then a quieter way on. Its heading says "now" only when a symptom calls for help now.
 */
export function GetHelpPage({ points, onContinue, onBack, contact, clinicName }: GetHelpPageProps) {
  const { messages } = useI18n();
  const words = messages.ui.urgent;
  const number = useEmergencyWords();
  const title = urgentTitle(points, words);
  useDocumentTitle(title);
  const now = needsHelpNow(points);
  return (
    <>
      <BackLink onBack={onBack} />
      <PageHeading>{title}</PageHeading>
      {points.map((point, index) => (
        <div key={point.id} className="get-help__point">
          <p className="lead get-help__action">{fill(messages.urgentPoints[point.id].point, { number })}</p>
          <p>{messages.urgentPoints[point.id].why}</p>
          {/* The call comes straight after the first instruction to call. */}
          {now && index === 0 ? <EmergencyCall /> : null}
        </div>
      ))}
      {now ? null : (
        <>
          <p>{fill(words.ifWorse, { number })}</p>
          <EmergencyCall />
        </>
      )}
      {contact ? <ClinicContact contact={contact} clinicName={clinicName} className="get-help__clinic" /> : null}
      <p>{words.later}</p>
      <button type="button" className="button button--secondary" onClick={onContinue}>
        {words.continue}
      </button>
    </>
  );
}
