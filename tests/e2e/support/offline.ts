import { expect, type Page } from '@playwright/test';
import type { Answers } from '../../../src/answers/answers';
import type { Place } from '../../../src/flow/route';
import type { Locale } from '../../../src/i18n/locales';
import type { Messages } from '../../../src/i18n/messages';
import { STORAGE_KEY } from '../../../src/persistence/session-store';
import { answerShownPage, settledHeading } from './answer-by-value';
import { pageHeading } from './answer-page';

/**
 * Waits until the offline worker has installed (every file kept) and is in charge of the page:
 * it registers once the browser is idle after the first page, then takes charge of the page that
 * installed it (decision 0025).
 */
export async function workerInCharge(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** Answers the page shown and continues, `count` times. */
export async function answerPages(page: Page, answers: Answers, words: Messages, count: number): Promise<void> {
  for (let done = 0; done < count; done += 1) {
    const heading = await settledHeading(page, words);
    await answerShownPage(page, answers, words);
    await page.getByRole('button', { name: words.ui.form.continue, exact: true }).click();
    await expect(pageHeading(page)).not.toHaveText(heading);
  }
}

/** What this tab keeps (the answers, the place, the language), to compare before and after a reload. */
export function storedSession(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.sessionStorage.getItem(key), STORAGE_KEY);
}

/** Puts a session in this tab as the app saves it (session-store.ts), for a reload to restore. */
export async function storeSession(page: Page, answers: Answers, locale: Locale, place: Place): Promise<void> {
  const saved = JSON.stringify({ version: 1, place, answers, locale });
  await page.evaluate(([key, value]) => window.sessionStorage.setItem(key, value), [STORAGE_KEY, saved] as const);
}

/** Console errors and uncaught exceptions of a page, as they come. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Playwright's own warning when the app registers its worker under `serviceWorkers: 'block'` (the
 * config's default, decision 0025): the test harness speaking, not the app.
 */
export function blockedWorkerNotice(text: string): boolean {
  return text === 'Service Worker registration blocked by Playwright';
}
