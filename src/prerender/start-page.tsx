import { renderToString } from 'react-dom/server';
import { App } from '../app';
import { DEFAULT_SETTINGS } from '../embed/settings-schema';
import { catalogEn } from '../i18n/en/catalog-en';
import { I18nProvider } from '../i18n/i18n-context';

/**
 * The English start page as HTML, written into index.html at build time (scripts/prerender.mjs)
 * so a first visit paints before any JavaScript arrives; main.tsx then hydrates it. Only the
 * page a plain first visit gets: no clinic settings, no saved answers, English.
 */
export function renderStartPage(): string {
  return renderToString(
    <I18nProvider locale="en" messages={catalogEn}>
      <App settings={DEFAULT_SETTINGS} browserLanguages={[]} />
    </I18nProvider>,
  );
}
