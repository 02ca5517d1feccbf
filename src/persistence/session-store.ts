import { z } from 'zod/mini';
import type { Answers } from '../answers/answers';
import { storedAnswersSchema } from '../answers/stored-answers-schema';
import { consultationDetailsSchema, type ConsultationDetails } from '../answers/consultation-details';
import { isPlace, type Place } from '../flow/route';
import { LOCALES, type Locale } from '../i18n/locales';

/**
 * Bump the version whenever the saved shape changes incompatibly: older saves are then discarded
 * cleanly. (The optional `locale` and `details` were added without a bump: saves without them
 * still read correctly.)
 */
export const STORAGE_KEY = 'calf-ankle-prep:v1';

/** Who the session belongs to: the page embedding the app and which of its embeds this is. */
export interface SessionScope {
  hostOrigin?: string;
  embedId?: string;
}

/**
 * The key of one session. Each embedding page and each embed on it gets its own, so two frames on
 * one page, or two clinics' pages opened in turn in one tab, never read each other's progress. The
 * app opened directly keeps the plain key. (The prerender gate hides its page when any key with
 * the STORAGE_KEY prefix exists.)
 */
export function sessionKey({ hostOrigin, embedId }: SessionScope = {}): string {
  if (!hostOrigin && !embedId) return STORAGE_KEY;
  return `${STORAGE_KEY}:${hostOrigin ?? ''}:${embedId ?? ''}`;
}

const placeSchema = z.custom<Place>(isPlace);

const savedSessionSchema = z.strictObject({
  version: z.literal(1),
  place: placeSchema,
  answers: storedAnswersSchema,
  /** The language the patient picked with the switch, if they did. */
  locale: z.optional(z.enum(LOCALES)),
  /** The summary's header and print choices, once the patient has touched them. */
  details: z.optional(consultationDetailsSchema),
});

export interface SavedSession {
  place: Place;
  answers: Answers;
  locale?: Locale;
  details?: ConsultationDetails;
}

export type LoadResult =
  | { status: 'empty' }
  | { status: 'restored'; session: SavedSession }
  /** Something was saved but could not be trusted (old version, damaged, tampered): it is gone now. */
  | { status: 'discarded' }
  /** The browser refuses storage (blocked in a third-party frame, private mode): work in memory. */
  | { status: 'unavailable' };

/**
 * sessionStorage, not localStorage: health answers should not outlive the tab. Every access is
 * guarded, because merely touching `window.sessionStorage` throws where storage is blocked.
 */
function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadSession(key = STORAGE_KEY): LoadResult {
  const store = storage();
  if (!store) return { status: 'unavailable' };
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    clearSession(key);
    return { status: 'discarded' };
  }
  const result = savedSessionSchema.safeParse(parsed);
  if (!result.success) {
    clearSession(key);
    return { status: 'discarded' };
  }
  const { place, answers, locale, details } = result.data;
  return {
    status: 'restored',
    session: { place, answers: answers as Answers, ...(locale ? { locale } : {}), ...(details ? { details } : {}) },
  };
}

/**
 * Whether the session is now kept. When it cannot be (storage full or blocked), whatever an
 * earlier save left is removed, so a reload never opens an older page with fewer answers.
 */
export function saveSession(session: SavedSession, key = STORAGE_KEY): boolean {
  let saved = false;
  try {
    const store = storage();
    store?.setItem(key, JSON.stringify({ version: 1, ...session }));
    saved = store !== undefined;
  } catch {
    clearSession(key);
  }
  setKept(saved);
  return saved;
}

/** Whether the last change was kept, for the notice that asks the patient to print before closing. */
let kept = true;
const keptListeners = new Set<() => void>();

function setKept(value: boolean): void {
  if (kept === value) return;
  kept = value;
  for (const listener of keptListeners) listener();
}

export function isProgressKept(): boolean {
  return kept;
}

export function subscribeToProgressKept(listener: () => void): () => void {
  keptListeners.add(listener);
  return () => keptListeners.delete(listener);
}

/** Removes the saved session. With nothing to keep, nothing is lost: progress counts as kept. */
export function clearSession(key = STORAGE_KEY): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear where storage is blocked.
  }
  setKept(true);
}
