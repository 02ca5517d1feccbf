import { isPlace, type Place } from './route';

/** Places live in the URL fragment as `#/area`, so a reload or a history entry knows its page. */
export function placeFromHash(hash: string): Place | undefined {
  if (!hash.startsWith('#/')) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(hash.slice(2));
  } catch {
    // A broken %-escape in a typed or pasted link: treat it as no page at all.
    return undefined;
  }
  return isPlace(name) ? name : undefined;
}

export function hashOf(place: Place): string {
  return `#/${place}`;
}
