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

export function localised(locale: Locale, messages: Messages): Localised {
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
  return {
    locale,
    messages,
    formatNumber: (value, fractionDigits) =>
      fractionDigits === undefined
        ? numbers.format(value)
        : new Intl.NumberFormat(locale, {
            minimumFractionDigits: fractionDigits,
            maximumFractionDigits: fractionDigits,
            useGrouping: false,
          }).format(value),
    formatDate: (date) => dates.format(date),
  };
}
