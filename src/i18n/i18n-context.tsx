import {
  createContext,
  use,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { loadMessages, loadSummaryMessages, summaryMessagesWanted } from './load-messages';
import type { Locale } from './locales';
import type { Localised } from './localised';
import type { Messages, SummaryMessages } from './messages';
import { localised } from './localised';

export interface I18n extends Localised {
  /**
   * Loads the other language's catalog, then switches (answers live elsewhere and stay). Resolves
   * once the page is in that language; rejects if the catalog cannot be loaded (offline), leaving
   * the page as it was.
   */
  setLocale: (locale: Locale) => Promise<void>;
}

const I18nContext = createContext<I18n | null>(null);

interface I18nProviderProps {
  locale: Locale;
  /** The catalog of `locale`, loaded before the first render so no page shows in the wrong language. */
  messages: Messages;
  children: ReactNode;
}

export function I18nProvider({ locale: initialLocale, messages: initialMessages, children }: I18nProviderProps) {
  const [current, setCurrent] = useState({ locale: initialLocale, messages: initialMessages });
  const requested = useRef(initialLocale);

  const setLocale = useCallback(async (locale: Locale) => {
    requested.current = locale;
    // Once the summary's words have been used, the other language's come too, so a switch on the
    // summary page never shows "Loading…" in place of the list.
    const [messages] = await Promise.all([
      loadMessages(locale),
      summaryMessagesWanted() ? loadSummaryMessages(locale) : undefined,
    ]);
    // A quicker second click wins over a slower first load.
    if (requested.current === locale) setCurrent({ locale, messages });
  }, []);

  // Screen readers pick their voice from <html lang>; it follows the page's language.
  useEffect(() => {
    document.documentElement.lang = current.locale;
  }, [current.locale]);

  const value = useMemo<I18n>(
    () => ({ ...localised(current.locale, current.messages), setLocale }),
    [current, setLocale],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The active language, its catalog and formatters. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it');
  return i18n;
}

/**
 * The summary's words in the active language. Suspends until their chunk has arrived (the end
 * pages prefetch it, and a language switch fetches it before switching once it has been used).
 */
export function useSummaryMessages(): SummaryMessages {
  return use(loadSummaryMessages(useI18n().locale));
}
