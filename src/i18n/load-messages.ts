import type { Locale } from './locales';
import type { Messages } from './messages';

/**
 * The catalog of one language, as its own chunk: a patient downloads only the language they read.
 * Each import is spelled out (not built from a template string) so the bundler makes exactly one
 * chunk per language.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'es':
      return (await import('./es/catalog-es')).catalogEs;
    case 'en':
      return (await import('./en/catalog-en')).catalogEn;
  }
}
