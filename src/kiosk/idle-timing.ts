/**
 * The timing of kiosk mode, as pure functions of the clock, so it is tested without any timer
 * (decision 0026). The hook in use-idle-timeout.ts only asks these what to do at a given moment.
 */

/** Minutes without input before the warning, when the clinic gives none. */
export const DEFAULT_IDLE_MINUTES = 3;

/**
 * How long the warning counts down. 60 seconds is GOV.UK's timeout warning's figure: long enough
 * to read the warning and reach the button with a screen reader or a switch, short enough that a
 * person who has walked away is not left on show for long.
 */
export const COUNTDOWN_SECONDS = 60;

/** The seconds left at which screen readers are told again (the warning itself says 60 on opening). */
export const ANNOUNCE_AT: readonly number[] = [30, 10];

/** When the warning opens, after the last input: `idleMinutes` later. */
export function warningDue(lastInputAt: number, idleMinutes: number): number {
  return lastInputAt + idleMinutes * 60_000;
}

/** Whole seconds left of the countdown that started at `shownAt`, never below 0 (rounded up: "1" until it is over). */
export function secondsLeft(shownAt: number, now: number): number {
  return Math.max(0, Math.ceil((shownAt + COUNTDOWN_SECONDS * 1000 - now) / 1000));
}

/**
 * The seconds the screen-reader announcement should say at `left` seconds: the latest of
 * ANNOUNCE_AT reached, or undefined before the first (the opening of the warning says it then).
 * It changes only at those moments, so a live region bound to it speaks twice, not every second.
 */
export function announcedSeconds(left: number): number | undefined {
  let said: number | undefined;
  for (const at of ANNOUNCE_AT) if (left <= at) said = at;
  return said;
}
