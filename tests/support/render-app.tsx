import { render } from '@testing-library/react';
import { App, type AppProps } from '../../src/app';
import { catalogEn } from '../../src/i18n/en/catalog-en';
import { I18nProvider } from '../../src/i18n/i18n-context';
import type { Locale } from '../../src/i18n/locales';
import type { Messages } from '../../src/i18n/messages';

/**
 * The app as main.tsx mounts it: inside the language provider, English unless a test gives
 * another catalog. US English browser by default, so the height page starts in feet and pounds.
 */
export function renderApp(
  props: AppProps = {},
  language: { locale: Locale; messages: Messages } = { locale: 'en', messages: catalogEn },
) {
  return render(
    <I18nProvider locale={language.locale} messages={language.messages}>
      <App browserLanguages={['en-US']} {...props} />
    </I18nProvider>,
  );
}
