import type { catalogEn } from './en/catalog-en';

/**
 * The shape every catalog has: the English catalog's, with its strings widened. A catalog typed
 * `Messages` that misses a key, or adds one, fails to compile; a type-only import, so the
 * English words are not bundled with a Spanish page.
 */
export type Messages = typeof catalogEn;
