import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogEn } from '../../src/i18n/en/catalog-en';
import { catalogEs } from '../../src/i18n/es/catalog-es';
import type { Locale } from '../../src/i18n/locales';
import type { Messages } from '../../src/i18n/messages';
import { loadSession } from '../../src/persistence/session-store';
import { renderApp } from '../support/render-app';
import { completeAnswers } from '../support/answers/complete-answers';
import { findPage } from '../support/pages';

const en = catalogEn;
const es = catalogEs;

function languageButton(name: 'English' | 'Español') {
  return within(screen.getByRole('navigation', { name: /Language|Idioma/ })).getByRole('button', { name });
}

/** Presses a language button and waits for the page in that language (its catalog may be fetched first). */
async function switchTo(user: ReturnType<typeof userEvent.setup>, name: 'English' | 'Español', heading: string) {
  await user.click(languageButton(name));
  await findPage(heading);
}

/** Opens the app on the start page and presses "Start now". */
async function start() {
  const user = userEvent.setup();
  renderApp();
  await user.click(screen.getByRole('link', { name: en.ui.intro.start }));
  await findPage(en.pages.area.title);
  return user;
}

describe('the language switch', () => {
  it('is on the start page, marks the current language and names each language in itself', () => {
    renderApp();
    expect(languageButton('English')).toHaveAttribute('aria-pressed', 'true');
    expect(languageButton('Español')).toHaveAttribute('aria-pressed', 'false');
    expect(languageButton('Español')).toHaveAttribute('lang', 'es');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  it('turns the whole page into Spanish and sets <html lang>, keeping what is ticked but not yet sent', async () => {
    const user = await start();
    await user.click(screen.getByRole('radio', { name: en.pages.area.questions.area.options.ankles }));

    await switchTo(user, 'Español', es.pages.area.title);
    expect(document.documentElement).toHaveAttribute('lang', 'es');
    expect(languageButton('Español')).toHaveAttribute('aria-pressed', 'true');
    expect(languageButton('Español')).toHaveFocus();
    expect(screen.getByRole('radio', { name: es.pages.area.questions.area.options.ankles })).toBeChecked();
    expect(screen.getByRole('button', { name: es.ui.form.continue })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.ui.form.continue })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toContain(es.pages.area.title));
  });

  it('re-words an error already on the page', async () => {
    const user = await start();
    await user.click(screen.getByRole('radio', { name: en.pages.area.questions.area.options.calves }));
    await user.click(screen.getByRole('button', { name: en.ui.form.continue }));
    expect(
      within(await screen.findByRole('alert')).getByRole('link', { name: en.errors['area.legs'] }),
    ).toBeInTheDocument();

    await switchTo(user, 'Español', es.pages.area.title);
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: es.ui.form.errorSummaryTitle })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: es.errors['area.legs'] })).toBeInTheDocument();
  });

  it('keeps every answer given so far, there and back, and remembers the choice for this tab', async () => {
    const user = await start();
    await user.click(screen.getByRole('radio', { name: en.pages.area.questions.area.options.calves }));
    await user.click(screen.getByRole('radio', { name: en.pages.area.questions.legs.options['both-legs'] }));
    await user.click(screen.getByRole('button', { name: en.ui.form.continue }));
    await findPage(en.pages.concerns.title);

    await switchTo(user, 'Español', es.pages.concerns.title);
    await user.click(screen.getByRole('checkbox', { name: es.pages.concerns.questions.concerns.options.size }));
    await user.click(screen.getByRole('button', { name: es.ui.form.continue }));
    await findPage(es.pages['calf-feel'].title);
    await waitFor(() => {
      const saved = loadSession();
      expect(saved.status === 'restored' && saved.session.locale).toBe('es');
    });

    // Back in English, the earlier pages still hold their answers.
    await switchTo(user, 'English', en.pages['calf-feel'].title);
    await user.click(screen.getByRole('button', { name: en.ui.form.back }));
    await findPage(en.pages.concerns.title);
    expect(screen.getByRole('checkbox', { name: en.pages.concerns.questions.concerns.options.size })).toBeChecked();
    await user.click(screen.getByRole('button', { name: en.ui.form.back }));
    await findPage(en.pages.area.title);
    expect(screen.getByRole('radio', { name: en.pages.area.questions.area.options.calves })).toBeChecked();
    expect(screen.getByRole('radio', { name: en.pages.area.questions.legs.options['both-legs'] })).toBeChecked();
  });
});

describe('units on the height and weight page', () => {
  /** Every page before height and weight answered, opened straight on that page. */
  function openBodySize(
    browserLanguages: readonly string[],
    language: { locale: Locale; messages: Messages } = { locale: 'en', messages: en },
  ) {
    const { 'body-size': _skipped, ...before } = completeAnswers;
    renderApp({ initialAnswers: before, initialPlace: 'body-size', browserLanguages }, language);
  }

  it.each([
    [['en-US'], 'imperial'],
    [['en'], 'imperial'],
    [['en-GB'], 'metric'],
  ] as const)('start, in English with browser %j, in %s units', (browser, units) => {
    openBodySize(browser);
    expect(screen.getByRole('radio', { name: en.pages['body-size'].questions.units.options[units] })).toBeChecked();
  });

  it('start in centimetres and kilograms in Spanish, even with a US browser, and can be switched', async () => {
    const user = userEvent.setup();
    openBodySize(['es-US'], { locale: 'es', messages: es });
    expect(screen.getByRole('radio', { name: es.pages['body-size'].questions.units.options.metric })).toBeChecked();
    expect(screen.getByRole('textbox', { name: es.ui.bodySize.centimetres })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: es.pages['body-size'].questions.units.options.imperial }));
    expect(screen.getByRole('textbox', { name: es.ui.bodySize.pounds })).toBeInTheDocument();
  });

  it('write the BMI with a decimal comma in Spanish, and read a typed comma as a decimal', async () => {
    const user = userEvent.setup();
    openBodySize(['es'], { locale: 'es', messages: es });
    await user.type(screen.getByRole('textbox', { name: es.ui.bodySize.centimetres }), '170');
    await user.type(screen.getByRole('textbox', { name: es.ui.bodySize.kilograms }), '72,5');
    expect(screen.getByText('25,1')).toBeInTheDocument();
  });
});
