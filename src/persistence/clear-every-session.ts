import { clearSession, STORAGE_KEY } from './session-store';

/**
 * Removes every session this app saved in the tab, under any embed's key (kiosk mode: the next
 * person must find nothing, and the prerender gate looks at every key with this prefix too).
 * Guarded like the rest of the store: where storage is blocked there is nothing to clear.
 */
export function clearEverySession(): void {
  let keys: string[] = [];
  try {
    const store = window.sessionStorage;
    keys = Array.from({ length: store.length }, (_, index) => store.key(index) ?? '');
  } catch {
    return;
  }
  for (const key of keys) if (key.startsWith(STORAGE_KEY)) clearSession(key);
}
