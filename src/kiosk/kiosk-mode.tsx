import { useEffect, useState } from 'react';
import { clearEverySession } from '../persistence/clear-every-session';
import { COUNTDOWN_SECONDS, DEFAULT_IDLE_MINUTES } from './idle-timing';
import { IdleWarning } from './idle-warning';
import { useIdleTimeout } from './use-idle-timeout';

interface KioskModeProps {
  /** The clinic's `idle` setting; unset, 3 minutes. */
  idleMinutes?: number | undefined;
  /** Clears everything the app holds and shows the start page (the app's clearing path). */
  onClear: () => void;
}

/**
 * Kiosk mode on a clinic tablet (decision 0026): nothing saved in the tab from an earlier person
 * survives the app's start, and after `idleMinutes` without input the "Are you still there?"
 * warning counts down to clearing everything.
 */
export function KioskMode({ idleMinutes = DEFAULT_IDLE_MINUTES, onClear }: KioskModeProps) {
  const [shownAt, setShownAt] = useState<number>();
  const clear = () => {
    setShownAt(undefined);
    onClear();
    clearEverySession();
  };
  useIdleTimeout(idleMinutes, shownAt === undefined, (dueAt) => {
    // A tablet left asleep past the whole countdown is cleared at once: a warning now would show
    // the last person's answers behind it to whoever woke it, and "still here" would keep them.
    if (Date.now() >= dueAt + COUNTDOWN_SECONDS * 1000) clear();
    else setShownAt(Date.now());
  });

  // main.tsx has not restored this tab's session; any other embed's goes too.
  useEffect(() => clearEverySession(), []);

  if (shownAt === undefined) return null;
  return <IdleWarning shownAt={shownAt} onStay={() => setShownAt(undefined)} onTimeout={clear} />;
}
