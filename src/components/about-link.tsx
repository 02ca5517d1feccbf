import type { ReactNode } from 'react';
import { ABOUT_PAGE } from '../content/about-pages';
import { useI18n } from '../i18n/i18n-context';

/**
 * A link to "About this guide" in the page's language (static HTML beside index.html; decision
 * 0014). It opens in a new tab, and says so: the patient keeps their place in the questionnaire,
 * and in a clinic's frame the page opens full size, not squeezed into the frame.
 */
export function AboutLink({ children }: { children: ReactNode }) {
  const { locale, messages } = useI18n();
  return (
    <a href={ABOUT_PAGE[locale]} target="_blank" rel="noreferrer">
      {children} {messages.ui.contact.newTab}
    </a>
  );
}
