import type { Locale } from './locales';
import type { Messages } from './messages';

/** A language's words and its way of writing numbers and dates: what pure code needs to describe answers. */
export interface Localised {
  locale: Locale;
  messages: Messages;
  /** A number as the language writes it ("1.5" in English, "1,5" in Spanish); fixed decimals if given. */
  formatNumber: (value: number, fractionDigits?: number) => string;
  /** A date written out in full ("November 21, 2026", "21 de noviembre de 2026"). */
  formatDate: (date: Date) => string;
}

/**
 * The formatters are made on first use, not here: creating an `Intl.DateTimeFormat` loads locale
 * data and took tens of milliseconds at 4x CPU in the first render, where no page needs a date.
 */
export function localised(locale: Locale, messages: Messages): Localised {
  let dates: Intl.DateTimeFormat | undefined;
  let numbers: Intl.NumberFormat | undefined;
  return {
    locale,
    messages,
    formatNumber: (value, fractionDigits) =>
      fractionDigits === undefined
        ? (numbers ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false })).format(value)
        : new Intl.NumberFormat(locale, {
            minimumFractionDigits: fractionDigits,
            maximumFractionDigits: fractionDigits,
            useGrouping: false,
          }).format(value),
    formatDate: (date) => (dates ??= new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(date),
  };
}
