/**
 * Which version of the content (questions, points, reasons, sources) this build carries, and when
 * it was last checked against its published sources. The single source for the "About this guide"
 * page and the line at the foot of the printout. Change all three together when the content is
 * checked again: the next check is due six months after the last.
 */
export const CONTENT_VERSION = {
  version: '2026.12',
  /** The day the development team last checked every point and source (ISO date). */
  reviewed: '2026-12-01',
  /** The day the next check is due (ISO date). */
  nextReview: '2027-06-01',
} as const;

/**
 * An ISO date (`2026-12-01`) as that calendar day in the reader's own time zone. `new Date(iso)`
 * would be midnight UTC, which is the day before in the Americas.
 */
export function calendarDay(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}
