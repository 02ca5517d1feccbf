// The words of the app's first pages, read from its catalogs (src/i18n/<locale>/*.json): the
// headings the bench waits for, and the text of the plain-HTML reference page, so both follow
// the app when its wording changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The first question page (src/answers/question-pages.ts: the flow starts there). */
export const FIRST_PAGE = 'area';

/**
 * @typedef {{ legend: string, error: string, options: { value: string, label: string }[] }} Question
 * @typedef {{ appTitle: string, tagline: string, startTitle: string, firstPageTitle: string,
 *   questions: Record<string, Question>, continue: string, errorSummaryTitle: string,
 *   errorPrefix: string }} AppWords
 */

/**
 * @param {string} root the repository
 * @param {'en' | 'es'} locale
 * @returns {AppWords}
 */
export function appWords(root, locale) {
  const read = (name) => JSON.parse(readFileSync(join(root, 'src', 'i18n', locale, `${name}.json`), 'utf8'));
  const ui = read('ui');
  const page = read('pages')[FIRST_PAGE];
  const errors = read('errors');
  const missing = [ui.app?.title, ui.intro?.title, ui.form?.continue, page?.title, page?.questions].some(
    (v) => v === undefined,
  );
  if (missing)
    throw new Error(
      `src/i18n/${locale}: the catalog no longer has the words the bench reads (scripts/bench/app-words.mjs)`,
    );
  return {
    appTitle: ui.app.title,
    tagline: ui.app.tagline ?? '',
    startTitle: ui.intro.title,
    firstPageTitle: page.title,
    questions: Object.fromEntries(
      Object.entries(page.questions).map(([name, q]) => [
        name,
        {
          legend: q.legend,
          error: errors[`${FIRST_PAGE}.${name}`] ?? ui.form.errorSummaryTitle,
          options: Object.entries(q.options).map(([value, label]) => ({ value, label: String(label) })),
        },
      ]),
    ),
    continue: ui.form.continue,
    errorSummaryTitle: ui.form.errorSummaryTitle ?? 'There is a problem',
    errorPrefix: ui.form.errorPrefix ?? 'Error:',
  };
}
