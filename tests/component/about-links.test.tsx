import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/embed/settings-schema';
import { catalogEn } from '../../src/i18n/en/catalog-en';
import { summaryCatalogEn } from '../../src/i18n/en/summary-catalog-en';
import { catalogEs } from '../../src/i18n/es/catalog-es';
import { summaryCatalogEs } from '../../src/i18n/es/summary-catalog-es';
import { quiet } from '../support/answers/quiet-answers';
import { renderApp } from '../support/render-app';

const SPANISH = { locale: 'es', messages: catalogEs } as const;

/** The link to "About this guide" in an element: it opens the page in a new tab, and says so. */
function aboutLink(where: HTMLElement, name: string, newTab: string) {
  const link = within(where).getByRole('link', { name: `${name} ${newTab}` });
  expect(link).toHaveAttribute('target', '_blank');
  expect(link).toHaveAttribute('rel', 'noreferrer');
  return link;
}

function footer() {
  return screen.getByRole('contentinfo');
}

describe('"About this guide" is linked', () => {
  it('from the start page and the footer, in English', () => {
    renderApp();
    const ui = catalogEn.ui;
    expect(aboutLink(screen.getByRole('main'), ui.intro.about, ui.contact.newTab)).toHaveAttribute(
      'href',
      'about.html',
    );
    expect(aboutLink(footer(), ui.app.about, ui.contact.newTab)).toHaveAttribute('href', 'about.html');
  });

  it('from the start page and the footer, in Spanish, to the Spanish page', () => {
    renderApp({}, SPANISH);
    const ui = catalogEs.ui;
    expect(aboutLink(screen.getByRole('main'), ui.intro.about, ui.contact.newTab)).toHaveAttribute(
      'href',
      'about-es.html',
    );
    expect(aboutLink(footer(), ui.app.about, ui.contact.newTab)).toHaveAttribute('href', 'about-es.html');
  });

  it('from every question page, in the footer', async () => {
    renderApp({ initialAnswers: quiet(), initialPlace: 'nicotine' });
    await screen.findByRole('heading', { level: 1, name: catalogEn.pages.nicotine.title });
    aboutLink(footer(), catalogEn.ui.app.about, catalogEn.ui.contact.newTab);
  });
});

describe('a mistake is reported to the clinic', () => {
  const ui = catalogEn.ui;

  it('by phone, when the clinic gave a phone number', () => {
    renderApp({ settings: { ...DEFAULT_SETTINGS, clinicName: 'Riverside', contact: 'tel:+15555550123' } });
    expect(within(footer()).getByText(ui.app.mistake, { exact: false })).toBeInTheDocument();
    const link = within(footer()).getByRole('link', { name: 'Tell Riverside: +15555550123' });
    expect(link).toHaveAttribute('href', 'tel:+15555550123');
    expect(link).not.toHaveAttribute('target');
  });

  it('on its web page, in a new tab, when the clinic gave one', () => {
    renderApp({ settings: { ...DEFAULT_SETTINGS, contact: 'https://clinic.example/contact' } });
    const link = within(footer()).getByRole('link', { name: `Tell the clinic ${ui.contact.newTab}` });
    expect(link).toHaveAttribute('href', 'https://clinic.example/contact');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('and not at all in the footer when the clinic gave no contact: the About page says whom to tell', () => {
    renderApp({ settings: { ...DEFAULT_SETTINGS, clinicName: 'Riverside' } });
    expect(within(footer()).queryByText(ui.app.mistake, { exact: false })).not.toBeInTheDocument();
  });
});

describe('the printout', () => {
  it.each([
    ['English', undefined, summaryCatalogEn, 'December 1, 2026', 'about.html'],
    ['Spanish', SPANISH, summaryCatalogEs, '1 de diciembre de 2026', 'about-es.html'],
  ] as const)(
    'in %s, says which content version made it, when that was checked, and where "About this guide" is',
    async (_language, language, summary, date, file) => {
      const ui = (language?.messages ?? catalogEn).ui;
      renderApp({ initialAnswers: quiet(), initialPlace: 'summary' }, language);
      await screen.findByRole('heading', { level: 1, name: ui.summary.title });
      const address = new URL(file, window.location.href).href;
      const line = screen.getByText(
        (_content, element) => element?.tagName === 'P' && element.classList.contains('content-version'),
      );
      expect(line).toHaveTextContent(
        `${summary.summaryPage.contentVersion.replace('{version}', '2026.12').replace('{date}', date)} · ${ui.app.about}: ${address} ${ui.contact.newTab}`,
      );
      // Next to the disclaimer, at the foot of the list.
      expect(line.closest('.disclaimer')).not.toBeNull();
      const link = within(line).getByRole('link');
      expect(link).toHaveAttribute('href', address);
      expect(link).toHaveAttribute('target', '_blank');
      // On paper the address stands alone: "(opens in a new tab)" is for the screen.
      expect(within(link).getByText(ui.contact.newTab)).toHaveClass('no-print');
    },
  );
});
