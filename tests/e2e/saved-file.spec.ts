import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '../../src/i18n/locales';
import { expectHeading } from './support/answer-page';
import { appStarted } from './support/app-started';
import { expectNoAxeViolations } from './support/axe';
import { ANKLES_DIABETES_NO_SURGEON } from './support/people';
import { WORDS, seedSession } from './support/seeded-summary';
import { answersOf } from './support/stored-answers';

/** Check-answers' rows as the person reads them: each label with its answer. */
function rows(page: Page) {
  return page
    .locator('.summary-list__row')
    .evaluateAll((items) =>
      items.map(
        (row) =>
          `${row.querySelector('dt')?.textContent ?? ''}: ${row.querySelector('.summary-list__value')?.textContent ?? ''}`,
      ),
    );
}

/** Chooses the file under "Continue from a saved file" on the start page and presses the button. */
async function continueFrom(page: Page, locale: Locale, file: { name: string; mimeType: string; buffer: Buffer }) {
  const words = WORDS[locale].ui.savedFile;
  await page.getByLabel(words.label).setInputFiles(file);
  await page.getByRole('button', { name: words.continue }).click();
}

for (const locale of ['en', 'es'] as const) {
  test(`answers saved to a file come back in a fresh tab, with the same rows (${locale})`, async ({
    page,
    browser,
  }, testInfo) => {
    const words = WORDS[locale].ui;
    await seedSession(page, answersOf(ANKLES_DIABETES_NO_SURGEON), locale, 'check-answers');
    await page.goto('/');
    await expectHeading(page, words.checkAnswers.title);
    const before = await rows(page);
    expect(before.length).toBeGreaterThan(20);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: words.savedFile.saveButton }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^liposuction-prep-answers-\d{4}-\d{2}-\d{2}\.json$/);
    const path = testInfo.outputPath('answers.json');
    await download.saveAs(path);
    const buffer = await readFile(path);
    expect(JSON.parse(buffer.toString('utf8'))).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      language: locale,
    });

    // Another tab in another browser profile: nothing kept, the English start page.
    const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const other = await fresh.newPage();
    await other.goto('/');
    await expectHeading(other, WORDS.en.ui.intro.title);
    // The start page is on screen (prerendered) before the app that reads the file has started.
    await appStarted(other);
    await continueFrom(other, 'en', { name: download.suggestedFilename(), mimeType: 'application/fhir+json', buffer });

    await expectHeading(other, words.checkAnswers.title);
    await expect(other.locator('html')).toHaveAttribute('lang', locale);
    expect(await rows(other)).toEqual(before);
    await expect(other.getByRole('heading', { level: 1 })).toBeFocused();
    await fresh.close();
  });
}

test('a tampered file is refused with the reason, and the start page with the error passes axe', async ({ page }) => {
  const words = WORDS.en.ui.savedFile;
  await page.goto('/');
  await expectHeading(page, WORDS.en.ui.intro.title);
  await appStarted(page);
  const tampered = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: 'https://w3id.org/calf-ankle-prep/fhir/Questionnaire/calf-ankle-prep',
    status: 'completed',
    item: [
      {
        linkId: 'area',
        item: [
          { linkId: 'area.area', answer: [{ valueCoding: { code: 'knees' } }] },
          { linkId: 'area.legs', answer: [{ valueCoding: { code: 'both-legs' } }] },
        ],
      },
    ],
  };
  await continueFrom(page, 'en', {
    name: 'answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tampered)),
  });

  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(words.errorDamaged);
  await expect(page.locator('#saved-file-error')).toContainText(words.errorDamaged);
  await expectHeading(page, WORDS.en.ui.intro.title);
  await expect(page).toHaveTitle(/^Error: /);
  expect(await page.evaluate(() => Object.keys(window.sessionStorage))).toEqual([]);
  await expectNoAxeViolations(page, 'the start page with a refused file');
});
