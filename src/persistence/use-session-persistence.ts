import { useEffect } from 'react';
import type { Answers } from '../answers/answers';
import type { Place } from '../flow/route';
import type { Locale } from '../i18n/locales';
import { clearSession, saveSession } from './session-store';

/**
 * Saves progress for this tab after every change, with the language if the patient picked one;
 * a fresh start with nothing chosen leaves nothing behind.
 */
export function useSessionPersistence(place: Place, answers: Answers, chosenLocale: Locale | undefined) {
  useEffect(() => {
    if (place === 'intro' && Object.keys(answers).length === 0 && !chosenLocale) clearSession();
    else saveSession({ place, answers, ...(chosenLocale ? { locale: chosenLocale } : {}) });
  }, [place, answers, chosenLocale]);
}
