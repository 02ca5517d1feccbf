/** The languages the app is written in. English is the fallback. */
export const LOCALES = ['en', 'es'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * Each language's name in that language, for the switch: a Spanish speaker looks for
 * "Español", not "Spanish". Not in the catalogs, because it never changes with the page's language.
 */
export const LOCALE_NAMES: { readonly [L in Locale]: string } = {
  en: 'English',
  es: 'Español',
};
