import { renderToString } from 'react-dom/server';
import { App } from '../app';
import { DEFAULT_SETTINGS } from '../embed/settings-schema';
import { catalogEn } from '../i18n/en/catalog-en';
import { catalogEs } from '../i18n/es/catalog-es';
import { I18nProvider } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { loadStartPage } from '../pages/lazy-start-page';
import { PRERENDERED_VIEWS, viewParts, type PrerenderedView } from './prerendered-views';

const CATALOGS: Record<Locale, Messages> = { en: catalogEn, es: catalogEs };

/**
 * The pages a visit can open on before any JavaScript arrives, as HTML written into index.html at
 * build time (scripts/prerender.mjs): the start page and the first question, in English and in
 * Spanish, and the first question without its Back for clinics with no start page (decisions 0007
 * and 0024). The inline gate shows the one the app is about to render and
 * removes the rest; main.tsx then hydrates it. Each is the page a plain visit gets: no clinic name
 * or contact, nothing saved, nothing answered.
 *
 * The start page is a chunk of its own (decision 0023). `renderToString` does not wait for a
 * suspended component (it would write the "Loading…" fallback), so its chunk is loaded first and
 * the page renders at once, inside the same Suspense boundary as in the browser: the client can
 * then hydrate the rest of the app while that boundary waits for the chunk.
 */
export async function renderFirstPages(): Promise<Record<PrerenderedView, string>> {
  await loadStartPage();
  const pages = {} as Record<PrerenderedView, string>;
  for (const view of PRERENDERED_VIEWS) {
    const { locale, place, showIntro } = viewParts(view);
    pages[view] = renderToString(
      <I18nProvider locale={locale} messages={CATALOGS[locale]}>
        <App settings={{ ...DEFAULT_SETTINGS, showIntro }} browserLanguages={[]} initialPlace={place} />
      </I18nProvider>,
    );
  }
  return pages;
}
