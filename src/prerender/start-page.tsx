import { renderToString } from 'react-dom/server';
import { App } from '../app';
import { DEFAULT_SETTINGS } from '../embed/settings-schema';
import { catalogEn } from '../i18n/en/catalog-en';
import { I18nProvider } from '../i18n/i18n-context';
import { loadStartPage } from '../pages/lazy-start-page';

/**
 * The English start page as HTML, written into index.html at build time (scripts/prerender.mjs)
 * so a first visit paints before any JavaScript arrives; main.tsx then hydrates it. Only the
 * page a plain first visit gets: no clinic settings, no saved answers, English.
 *
 * The start page is a chunk of its own (decision 0023). `renderToString` does not wait for a
 * suspended component (it would write the "Loading…" fallback), so its chunk is loaded first and
 * the page renders at once, inside the same Suspense boundary as in the browser: the client can
 * then hydrate the rest of the app while that boundary waits for the chunk.
 */
export async function renderStartPage(): Promise<string> {
  await loadStartPage();
  return renderToString(
    <I18nProvider locale="en" messages={catalogEn}>
      <App settings={DEFAULT_SETTINGS} browserLanguages={[]} />
    </I18nProvider>,
  );
}
