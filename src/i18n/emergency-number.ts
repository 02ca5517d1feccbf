import type { Locale } from './locales';

/** The 27 member states of the European Union, where 112 reaches the emergency services. */
const EU_REGIONS = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');

/**
 * The emergency number by region. Only places we are sure of: anywhere else the patient reads
 * "your local emergency number" with no number, which is never wrong.
 */
const NUMBER_BY_REGION: ReadonlyMap<string, string> = new Map([
  ['US', '911'],
  ['CA', '911'],
  ['MX', '911'],
  ['GB', '999'],
  ['AU', '000'],
  ...EU_REGIONS.map((region) => [region, '112'] as const),
]);

interface EmergencySources {
  /** The clinic's `emergency` setting, already checked. */
  clinic?: string;
  /** The language shown. */
  locale: Locale;
  /** The browser's preferred languages, most preferred first (`navigator.languages`). */
  browser: readonly string[];
}

/**
 * The emergency number to show: the clinic's setting, else the number of the region of the
 * browser's tag in the language shown (or of its first tag), else none (the generic wording).
 */
export function emergencyNumber({ clinic, locale, browser }: EmergencySources): string | undefined {
  if (clinic) return clinic;
  const tag = browser.find((candidate) => candidate.toLowerCase().startsWith(locale)) ?? browser[0];
  const region = tag ? regionOf(tag) : undefined;
  return region === undefined ? undefined : NUMBER_BY_REGION.get(region);
}

function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    // A malformed tag says nothing about the region.
    return undefined;
  }
}

/** A `tel:` address for a number as a clinic may write it (spaces for reading). */
export function telHref(number: string): string {
  return `tel:${number.replace(/ /g, '')}`;
}
