import { expect, test, type Page } from '@playwright/test';
import type { Answers } from '../../src/answers/answers';
import type { Locale } from '../../src/i18n/locales';
import { STORAGE_KEY } from '../../src/persistence/session-store';
import { summaryLayout, summaryPoints } from '../../rules/summary-points';
import { quiet } from '../support/answers/quiet-answers';
import { expectHeading } from './support/answer-page';
import { expectNoAxeViolations } from './support/axe';
import { flattenText, pdfText } from './support/pdf-text';
import { expectOnSummary, printToPdf, WORDS } from './support/seeded-summary';

/**
 * Issue 15: the person's own questions for the surgeon, on the last page, print first among the
 * questions for the surgeon. Every other page is answered already (a session saved in this tab),
 * so the walk starts on this page; the journeys walk every page, this one included.
 */
const EVERY_OTHER_PAGE: Answers = (() => {
  const answers: Answers = { ...quiet() };
  delete answers['own-questions'];
  return answers;
})();

const QUESTIONS = ['How many people like me have you treated?', 'Who do I call at night if my leg hurts?'];

async function openOwnQuestions(page: Page, locale: Locale) {
  const saved = JSON.stringify({ version: 1, place: 'own-questions', answers: EVERY_OTHER_PAGE, locale });
  await page.addInitScript(
    ([key, value]) => {
      if (window.sessionStorage.getItem(key) === null) window.sessionStorage.setItem(key, value);
    },
    [STORAGE_KEY, saved] as const,
  );
  await page.goto('/');
  await expectHeading(page, WORDS[locale].pages['own-questions'].title);
}

for (const locale of ['en', 'es'] as const) {
  test(`the page is one labelled group, accessible, and refuses a question over 150 characters (${locale})`, async ({
    page,
  }) => {
    const words = WORDS[locale];
    const text = words.pages['own-questions'];
    await openOwnQuestions(page, locale);
    const group = page.getByRole('group', { name: text.title, exact: true });
    await expect(group).toHaveAccessibleDescription(text.lead);
    await expect(group.getByRole('textbox')).toHaveCount(5);
    await expectNoAxeViolations(page, `own questions (${locale})`);

    const second = group.getByRole('textbox', { name: text.questions.question2.label, exact: true });
    await second.fill('x'.repeat(151));
    await page.getByRole('button', { name: words.ui.form.continue, exact: true }).click();
    const message = words.errors['own-questions.question2-too-long'];
    await expect(page.getByRole('alert').getByRole('link', { name: message })).toBeVisible();
    await expect(second).toHaveAccessibleDescription(`${words.ui.form.errorPrefix} ${message}`);
    await expectNoAxeViolations(page, `own questions with an error (${locale})`);
  });
}

test('typed questions show on check-answers and print first among the questions for the surgeon', async ({
  page,
}, testInfo) => {
  const words = WORDS.en;
  await openOwnQuestions(page, 'en');
  // The second box is left empty: the third box's question is their second.
  await page.getByRole('textbox', { name: 'Question 1', exact: true }).fill(QUESTIONS[0] ?? '');
  await page.getByRole('textbox', { name: 'Question 3', exact: true }).fill(QUESTIONS[1] ?? '');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await expectHeading(page, words.ui.checkAnswers.title);
  const row = page.locator('.summary-list__row').filter({ has: page.getByText('Your questions', { exact: true }) });
  await expect(row.getByRole('listitem')).toHaveText(QUESTIONS);
  await expect(row.getByRole('button', { name: 'Change your questions' })).toBeVisible();

  await page.getByRole('button', { name: words.ui.checkAnswers.confirm }).click();
  await expectOnSummary(page, 'en');
  const section = page.getByRole('region', { name: words.summaryPage.questions.title });
  await expect(section.getByRole('listitem').nth(0)).toHaveText(`Your question: ${QUESTIONS[0]}`);
  await expect(section.getByRole('listitem').nth(1)).toHaveText(`Your question: ${QUESTIONS[1]}`);
  await expectNoAxeViolations(page, 'the summary with own questions');

  // On paper: after the heading, their questions in their order, then the first question everyone should ask.
  const text = pdfText(await printToPdf(page, testInfo, 'A4', 'summary-own-questions'));
  const [firstChecklist] = summaryLayout(summaryPoints(EVERY_OTHER_PAGE)).questions;
  if (!firstChecklist) throw new Error('The summary has no questions everyone should ask');
  const at = (part: string) => text.indexOf(flattenText(part));
  const heading = at(words.summaryPage.questions.title);
  // The label is in capitals on paper.
  const positions = QUESTIONS.map((question) => at(`YOUR QUESTION: ${question}`));
  const checklist = at(words.points[firstChecklist.id].point);
  expect(heading).toBeGreaterThanOrEqual(0);
  expect(positions.every((position) => position > heading)).toBe(true);
  expect(positions[0]).toBeLessThan(positions[1] ?? -1);
  expect(positions[1]).toBeLessThan(checklist);
});
