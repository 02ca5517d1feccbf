import type { TypedBeforeApp } from '../content/form-values';

/**
 * What the patient has already chosen or typed in the prerendered page's form (its radios and
 * boxes work as plain HTML before the app comes), read just before the app hydrates the page, so
 * the app's form can start from it. Nothing, where the page has no form or nothing is filled in.
 */
export function typedBeforeApp(page: HTMLElement): TypedBeforeApp | undefined {
  const form = page.querySelector('form');
  if (!form) return undefined;
  const typed: Record<string, string[]> = {};
  for (const [name, value] of new FormData(form)) {
    // A file input gives a File; no prerendered page has one, and the app never reads it from here.
    if (typeof value !== 'string' || value === '') continue;
    (typed[name] ??= []).push(value);
  }
  return Object.keys(typed).length > 0 ? typed : undefined;
}
