import { isStepId } from '../answers/step-ids';
import type { Place } from './route';

/** Places live in the URL fragment as `#/area`, so a reload or a history entry knows its page. */
export function placeFromHash(hash: string): Place | undefined {
  if (!hash.startsWith('#/')) return undefined;
  const name = decodeURIComponent(hash.slice(2));
  if (name === 'intro' || name === 'check-answers' || name === 'summary' || isStepId(name)) return name;
  return undefined;
}

export function hashOf(place: Place): string {
  return `#/${place}`;
}
