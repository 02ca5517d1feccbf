import { useEffect } from 'react';
import type { Answers } from '../answers/answers';
import type { Place } from '../flow/route';
import { clearSession, saveSession } from './session-store';

/** Saves progress for this tab after every change; a fresh start leaves nothing behind. */
export function useSessionPersistence(place: Place, answers: Answers) {
  useEffect(() => {
    if (place === 'intro' && Object.keys(answers).length === 0) clearSession();
    else saveSession({ place, answers });
  }, [place, answers]);
}
