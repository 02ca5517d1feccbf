import { writeFile } from 'node:fs/promises';
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { Answers } from '../../../src/answers/answers';
import type { Place } from '../../../src/flow/route';
import type { Locale } from '../../../src/i18n/locales';
import { STORAGE_KEY } from '../../../src/persistence/session-store';
import { allWordsEn, allWordsEs } from '../../support/all-words';
import { APP_ORIGIN } from '../embed/support/embed-host';
import { pageHeading } from './answer-page';

export const WORDS = { en: allWordsEn, es: allWordsEs } as const;

export type Paper = 'A4' | 'Letter';

/**
 * Puts a session saved in this tab (the shape src/persistence/session-store.ts reads) where the
 * app will find it, as if the person had answered and reloaded: in the app's own window, and in
 * every frame of the app a clinic's page embeds (each embed keeps its session under a key of its
 * own, made from the `host` and `embed` the snippet puts in the frame's address, as `sessionKey`
 * does). The session is only put there when the tab has none, so a reload keeps whatever the
 * person changed since. Walking the pages is covered by the journeys; this skips the 30 pages.
 */
export async function seedSession(
  page: Page,
  answers: Answers,
  locale: Locale,
  place: Place = 'summary',
): Promise<void> {
  const saved = JSON.stringify({ version: 1, place, answers, locale });
  await page.addInitScript(
    ([prefix, value, appOrigin]) => {
      if (window.location.origin !== appOrigin) return;
      const params = new URLSearchParams(window.location.search);
      const host = params.get('host');
      const embed = params.get('embed');
      const key = host || embed ? `${prefix}:${host ?? ''}:${embed ?? ''}` : prefix;
      if (window.sessionStorage.getItem(key) === null) window.sessionStorage.setItem(key, value);
    },
    [STORAGE_KEY, saved, APP_ORIGIN] as const,
  );
}

/** Opens the summary for these answers as a reload would (see seedSession). */
export async function openSeededSummary(page: Page, answers: Answers, locale: Locale): Promise<void> {
  await seedSession(page, answers, locale);
  await page.goto('/');
  await expectOnSummary(page, locale);
}

/** The summary has arrived (its chunk and words loaded), in this language. */
export async function expectOnSummary(page: Page, locale: Locale): Promise<void> {
  await expect(pageHeading(page)).toHaveText(WORDS[locale].ui.summary.title);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page).toHaveURL(/#\/summary$/);
}

/** One point as the screen lists it: what it asks (without the tier's name) and whether it is printed. */
export interface ListedPoint {
  id: string;
  action: string;
  withheld: boolean;
}

/** The points on the summary, not the person's own questions (which are theirs, not points). */
export async function listedPoints(page: Page): Promise<ListedPoint[]> {
  return page.locator('li.point:not(.point--own)').evaluateAll((items) =>
    items.map((item) => {
      const action = item.querySelector('.point__action')?.cloneNode(true) as HTMLElement | undefined;
      action?.querySelector('.point__tier')?.remove();
      return {
        id: item.id.replace(/^point-/, ''),
        action: action?.textContent?.trim() ?? '',
        withheld: item.classList.contains('no-print'),
      };
    }),
  );
}

/** Prints the page as it stands to a PDF on this paper, attaches it to the report, and returns its path. */
export async function printToPdf(page: Page, testInfo: TestInfo, paper: Paper, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const file = testInfo.outputPath(`${name}.pdf`);
  await writeFile(file, await page.pdf({ format: paper, printBackground: true }));
  await testInfo.attach(`${name}.pdf`, { path: file, contentType: 'application/pdf' });
  await page.emulateMedia({ media: null });
  return file;
}
