import type { UnitSystem } from '../answers/units';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

interface LocaleSources {
  /** What the patient picked with the switch earlier in this tab. */
  saved?: Locale;
  /** The clinic's `lang` setting. */
  clinic?: Locale;
  /** The browser's preferred languages, most preferred first (`navigator.languages`). */
  browser: readonly string[];
}

/**
 * The language to show: the patient's own choice in this tab, else the clinic's setting, else
 * the first of the browser's preferred languages we have, else English.
 */
export function chooseLocale({ saved, clinic, browser }: LocaleSources): Locale {
  if (saved) return saved;
  if (clinic) return clinic;
  for (const tag of browser) {
    const language = tag.split('-')[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}

/**
 * Feet, inches and pounds for US English, centimetres and kilograms everywhere else. The region
 * comes from the browser tag in the same language (or the first tag); English with no region at
 * all counts as US English, since the clinics using this are in the US.
 */
export function defaultUnits(locale: Locale, browser: readonly string[]): UnitSystem {
  if (locale !== 'en') return 'metric';
  const tag = browser.find((candidate) => candidate.toLowerCase().startsWith('en')) ?? browser[0];
  const region = tag ? regionOf(tag) : undefined;
  return region === undefined || region === 'US' ? 'imperial' : 'metric';
}

function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    // A malformed tag says nothing about the region.
    return undefined;
  }
}
