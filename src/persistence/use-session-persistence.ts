import { useEffect, useSyncExternalStore } from 'react';
import type { Answers } from '../answers/answers';
import { NO_DETAILS, type ConsultationDetails } from '../answers/consultation-details';
import type { Place } from '../flow/route';
import type { Locale } from '../i18n/locales';
import { clearSession, isProgressKept, saveSession, subscribeToProgressKept } from './session-store';

/**
 * Saves progress for this tab after every change, with the language if the patient picked one
 * and the summary's header and print choices if they changed them;
 * with nothing answered and no language chosen it leaves nothing behind (a fresh start, or Start
 * again, on the start page or, when the clinic has none, on the first question). The page itself
 * is in the URL, so a reload still opens it.
 */
export function useSessionPersistence(
  place: Place,
  answers: Answers,
  chosenLocale: Locale | undefined,
  key: string,
  details: ConsultationDetails = NO_DETAILS,
): { kept: boolean } {
  useEffect(() => {
    if (Object.keys(answers).length === 0 && !chosenLocale) clearSession(key);
    else
      saveSession(
        {
          place,
          answers,
          ...(chosenLocale ? { locale: chosenLocale } : {}),
          ...(details === NO_DETAILS ? {} : { details }),
        },
        key,
      );
  }, [place, answers, chosenLocale, key, details]);
  // Whether the last change was kept: when it was not, the patient is told to print before closing.
  const kept = useSyncExternalStore(subscribeToProgressKept, isProgressKept, isProgressKept);
  return { kept };
}
