import { kioskEn } from '../i18n/en/kiosk-en';
import { kioskEs } from '../i18n/es/kiosk-es';
import { useI18n } from '../i18n/i18n-context';
import type { KioskMessages } from '../i18n/kiosk-messages';
import type { Locale } from '../i18n/locales';

/** Both languages' kiosk words, in the kiosk chunk (a few hundred bytes; decision 0026). */
const KIOSK_WORDS: Record<Locale, KioskMessages> = { en: kioskEn, es: kioskEs };

/** The kiosk words in the language shown. */
export function useKioskWords(): KioskMessages {
  return KIOSK_WORDS[useI18n().locale];
}
