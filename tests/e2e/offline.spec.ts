import { expect, test } from '@playwright/test';
import type { Locale } from '../../src/i18n/locales';
import { completeAnswers } from '../support/answers/complete-answers';
import { pageHeading } from './support/answer-page';
import { settledHeading } from './support/answer-by-value';
import { appStarted } from './support/app-started';
import { answerPages, collectErrors, storedSession, storeSession, workerInCharge } from './support/offline';
import { expectOnSummary, WORDS } from './support/seeded-summary';

// These tests are about the service worker: the config blocks it for every other test.
test.use({ serviceWorkers: 'allow' });

const OTHER: Record<Locale, { locale: Locale; name: string }> = {
  en: { locale: 'es', name: 'Español' },
  es: { locale: 'en', name: 'English' },
};

for (const locale of ['en', 'es'] as const) {
  test(`after one visit in ${locale}, reloads offline on the start page, mid-way and on the summary, with the answers`, async ({
    page,
    context,
  }) => {
    const words = WORDS[locale];
    const errors = collectErrors(page);
    await page.goto(locale === 'es' ? '/?lang=es' : '/');
    await appStarted(page);
    await workerInCharge(page);
    await context.setOffline(true);

    // The start page.
    await page.reload();
    await expect(pageHeading(page)).toHaveText(words.ui.intro.title);
    await appStarted(page);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);

    // Mid-way, after three pages answered offline.
    await page.getByRole('link', { name: words.ui.intro.start }).click();
    await answerPages(page, completeAnswers, words, 3);
    const heading = await settledHeading(page, words);
    const url = page.url();
    const session = await storedSession(page);
    expect(session).not.toBeNull();
    await page.reload();
    await expect(pageHeading(page)).toHaveText(heading);
    expect(page.url()).toBe(url);
    expect(await storedSession(page)).toBe(session);
    // The page before still shows its answer.
    await page.getByRole('button', { name: words.ui.form.back, exact: true }).click();
    await expect(pageHeading(page)).not.toHaveText(heading);
    await expect(page.locator('input:checked').first()).toBeVisible();

    // The summary (its chunk and words were never fetched online in this test), then the other language.
    // Stored as a finished run would be, with the address changed without the app seeing it.
    await storeSession(page, completeAnswers, locale, 'summary');
    await page.evaluate(() => window.history.replaceState(null, '', '#/summary'));
    await page.reload();
    await expectOnSummary(page, locale);
    const other = OTHER[locale];
    await page.getByRole('navigation').getByRole('button', { name: other.name, exact: true }).click();
    await expectOnSummary(page, other.locale);

    // The About page of the language now shown.
    await page.goto(other.locale === 'es' ? 'about-es.html' : 'about.html');
    await expect(page.locator('h1')).toHaveText(WORDS[other.locale].ui.app.about);

    expect(errors).toEqual([]);
  });
}
