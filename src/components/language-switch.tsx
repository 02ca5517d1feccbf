import { useI18n } from '../i18n/i18n-context';
import { LOCALE_NAMES, LOCALES, type Locale } from '../i18n/locales';

/**
 * English / Español, at the top of every page. Toggle buttons rather than links: switching keeps
 * the page and every answer, and focus stays on the button pressed. Each name is marked with its
 * own language so a screen reader pronounces "Español" in Spanish.
 */
export function LanguageSwitch({ onSwitch }: { onSwitch: (locale: Locale) => void }) {
  const { locale, messages } = useI18n();
  return (
    <nav className="language-switch no-print" aria-label={messages.ui.language.label}>
      <ul className="language-switch__list">
        {LOCALES.map((candidate) => (
          <li key={candidate} className="language-switch__item">
            <button
              type="button"
              className="language-switch__button"
              lang={candidate}
              aria-pressed={candidate === locale}
              onClick={() => {
                if (candidate !== locale) onSwitch(candidate);
              }}
            >
              {LOCALE_NAMES[candidate]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
