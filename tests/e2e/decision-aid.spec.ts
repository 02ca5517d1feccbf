import { expect, test, type Page } from '@playwright/test';
import type { Answers } from '../../src/answers/answers';
import type { Locale } from '../../src/i18n/locales';
import { STORAGE_KEY } from '../../src/persistence/session-store';
import type { Place } from '../../src/flow/route';
import { activeAnswers } from '../../src/flow/route';
import { OPTION_ROWS, optionColumns } from '../../rules/option-grid';
import { expectHeading, pageHeading } from './support/answer-page';
import { expectNoAxeViolations } from './support/axe';
import { CHECK_ANSWERS_HEADING, HEADINGS } from './support/journeys';
import { COMPLEX_PERSON } from './support/complex-person';
import { expectNoHorizontalScroll } from './support/layout';
import { flattenText, pdfText } from './support/pdf-text';
import { printToPdf, WORDS } from './support/seeded-summary';

/**
 * Issue 16: a decision aid, not only a checklist. What matters to the person, the options that fit
 * their answers side by side, and how sure they feel: on a phone, by keyboard, in both languages,
 * on paper.
 */

/** The complex person arriving at the decision pages: everything before them answered. */
function arrivingAtDecision(): Answers {
  const answers: Answers = { ...COMPLEX_PERSON };
  delete answers.priorities;
  delete answers.options;
  delete answers.sure;
  return answers;
}

/** Opens the app where a session saved in this tab left off, as a reload would. */
async function openSaved(page: Page, answers: Answers, place: Place, locale: Locale = 'en') {
  const saved = JSON.stringify({ version: 1, place, answers, locale });
  await page.addInitScript(
    ([key, value]) => {
      if (window.sessionStorage.getItem(key) === null) window.sessionStorage.setItem(key, value);
    },
    [STORAGE_KEY, saved] as const,
  );
  await page.goto('/');
}

/** Tabs forward until a radio button has focus: how a keyboard user reaches the next group. */
async function tabToRadio(page: Page) {
  for (let presses = 0; presses < 15; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')) return;
  }
  throw new Error('No radio button within 15 presses of Tab');
}

test.describe.configure({ mode: 'parallel' });

test.describe('on a 390 px phone, by keyboard alone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('what matters, the options for these answers, how sure: then all three on the summary and on paper', async ({
    page,
  }, testInfo) => {
    test.slow();
    const words = WORDS.en;
    await openSaved(page, arrivingAtDecision(), 'priorities');
    await expectHeading(page, HEADINGS.priorities);
    await expectNoAxeViolations(page, 'what matters most');

    // Six groups: the first option of each, chosen with the space bar, then Continue with Enter.
    for (let group = 0; group < 6; group += 1) {
      await tabToRadio(page);
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expectHeading(page, HEADINGS.options);
    await expect(pageHeading(page)).toBeFocused();
    const columns = optionColumns(activeAnswers(COMPLEX_PERSON));
    // Lipedema signs, partly firm calves, laser and a plan to lose weight: every option there is.
    expect(columns).toHaveLength(6);
    const names = columns.map((column) => words.optionGrid.columns[column].name);
    const firstRow = page.locator('.option-grid__row').first();
    await expect(firstRow.getByRole('term')).toHaveText(names);
    await expect(page.locator('.option-grid__row')).toHaveCount(OPTION_ROWS.length);
    await expectNoHorizontalScroll(page, 'the options side by side at 390 px');
    await expectNoAxeViolations(page, 'the options side by side');
    await page.keyboard.press('Tab');
    for (let presses = 0; presses < 10; presses += 1) {
      if (await page.getByRole('button', { name: 'Continue' }).evaluate((button) => button === document.activeElement))
        break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');

    await expectHeading(page, HEADINGS.sure);
    // Yes, yes, then "no" twice: the arrow key moves from Yes to No within a group.
    for (const answer of ['yes', 'yes', 'no', 'no']) {
      await tabToRadio(page);
      await page.keyboard.press(answer === 'yes' ? 'Space' : 'ArrowDown');
    }
    await expectNoAxeViolations(page, 'how sure do you feel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    // The surgeon pages and the person's own questions were answered before: Continue through them.
    for (const step of ['surgeon', 'surgeon-board', 'facility', 'own-questions'] as const) {
      await expectHeading(page, HEADINGS[step]);
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await expectHeading(page, CHECK_ANSWERS_HEADING);
    const decisionRows = page.getByRole('region', { name: 'Your decision' });
    await expect(decisionRows.getByText('A short recovery', { exact: true })).toBeVisible();
    await expect(decisionRows.getByText('Enough support and advice', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'See my list of points' }).click();
    await expect(pageHeading(page)).toHaveText(words.ui.summary.title);

    const decision = words.summaryPage.decision;
    const sure = page.getByRole('region', { name: decision.sureTitle });
    await expect(sure.getByRole('listitem')).toHaveText([decision.notes.clearOnValues, decision.notes.enoughSupport]);
    const priorities = page.getByRole('region', { name: decision.prioritiesTitle });
    await expect(priorities).toContainText('A short recovery; The lowest chance of a lasting problem');

    // The table's cells wrap in narrow columns, so the text read back from the PDF is checked for
    // the parts set on full lines; the table itself is checked in the print layout below.
    const pdf = flattenText(pdfText(await printToPdf(page, testInfo, 'A4', 'decision-aid')));
    for (const title of [decision.title, decision.optionsTitle, decision.sureTitle]) expect(pdf).toContain(title);
    expect(pdf).toContain(flattenText(decision.notes.enoughSupport));
    // The SURE test's source, as paper names it: who and when, then its PubMed id.
    expect(pdf).toContain('Légaré F et al');
    expect(pdf).toContain('PMID 20705870');
  });
});

test('in Spanish, the options and the SURE questions are whole, and axe finds nothing', async ({ page }) => {
  const words = WORDS.es;
  const answers = { ...arrivingAtDecision(), priorities: COMPLEX_PERSON.priorities };
  await openSaved(page, answers, 'options', 'es');
  await expectHeading(page, words.pages.options.title);
  const names = optionColumns(activeAnswers(COMPLEX_PERSON)).map((column) => words.optionGrid.columns[column].name);
  await expect(page.locator('.option-grid__row').first().getByRole('term')).toHaveText(names);
  await expect(page.locator('.option-grid__row h2')).toHaveText(OPTION_ROWS.map((row) => words.optionGrid.rows[row]));
  await expectNoAxeViolations(page, 'las opciones');
  await page.getByRole('button', { name: 'Continuar' }).click();
  await expectHeading(page, words.pages.sure.title);
  // Four questions, each a fieldset (the urgent banner's disclosure is a group too, so count fieldsets).
  await expect(page.locator('fieldset')).toHaveCount(4);
  for (const question of Object.values(words.pages.sure.questions))
    await expect(page.getByRole('group', { name: question.legend })).toBeVisible();
  await expectNoAxeViolations(page, 'la seguridad');
});

test('on paper the options are a table: a header cell for each option and for each row', async ({ page }) => {
  await openSaved(page, COMPLEX_PERSON, 'summary');
  await expect(pageHeading(page)).toHaveText(WORDS.en.ui.summary.title);
  await page.emulateMedia({ media: 'print' });
  const table = page.locator('.option-grid__table');
  await expect(table).toBeVisible();
  await expect(page.locator('.option-grid__stacked')).toBeHidden();
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(6);
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(OPTION_ROWS.length);
  await expect(table.locator('tbody td')).toHaveCount(6 * OPTION_ROWS.length);
});
