import { createContext, useContext } from 'react';
import { telHref } from '../i18n/emergency-number';
import { fill } from '../i18n/fill';
import { useI18n } from '../i18n/i18n-context';

/**
 * The emergency number for this patient (the clinic's setting, else their region's; `emergencyNumber`
 * in src/i18n/emergency-number.ts), or undefined for the generic wording. Given once by the app, read
 * wherever an urgent notice is shown.
 */
export const EmergencyNumberContext = createContext<string | undefined>(undefined);

/** "911 or your local emergency number", or "your local emergency number" with no number known. */
export function useEmergencyWords(): string {
  const number = useContext(EmergencyNumberContext);
  const words = useI18n().messages.ui.urgent;
  return number === undefined ? words.localNumber : fill(words.number, { number });
}

/** A big link that dials the emergency number on a phone; nothing where no number is known. */
export function EmergencyCall() {
  const number = useContext(EmergencyNumberContext);
  const words = useI18n().messages.ui.urgent;
  if (number === undefined) return null;
  return (
    <p>
      <a href={telHref(number)} className="button emergency-call">
        {fill(words.call, { number })}
      </a>
    </p>
  );
}
