import { expect, test, type Page } from '@playwright/test';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { STORAGE_KEY } from '../../src/persistence/session-store';
import { quiet } from '../support/answers/quiet-answers';
import { expectNoAxeViolations } from './support/axe';
import { COMPLEX_PERSON } from './support/complex-person';
import { occurrences, pdfText } from './support/pdf-text';
import { expectOnSummary, listedPoints, openSeededSummary, printToPdf, WORDS } from './support/seeded-summary';

test.describe.configure({ mode: 'parallel' });

/** The disclosure "Add your name and appointment to the printout". */
function detailsDisclosure(page: Page, locale: Locale) {
  return page.locator('details', { has: page.getByText(WORDS[locale].summaryPage.details.summary, { exact: true }) });
}

for (const locale of LOCALES) {
  test(`the summary has no axe violation with the details closed and open (${locale})`, async ({ page }) => {
    const text = WORDS[locale].summaryPage;
    await openSeededSummary(page, COMPLEX_PERSON, locale);
    const details = detailsDisclosure(page, locale);
    // Closed at first: nothing typed yet, so the boxes do not stand between the heading and the points.
    await expect(details).not.toHaveAttribute('open');
    await expect(page.getByRole('textbox', { name: text.details.name, exact: true })).toBeHidden();
    await expectNoAxeViolations(page, `the summary with the details closed (${locale})`);

    await page.getByText(text.details.summary, { exact: true }).click();
    await expect(details).toHaveAttribute('open');
    await expect(page.getByRole('textbox', { name: text.details.name, exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: text.details.dateOfBirth, exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: text.details.appointment, exact: true })).toBeVisible();
    await expectNoAxeViolations(page, `the summary with the details open (${locale})`);

    // And with every print choice offered and the sensitive answers included.
    await page.getByRole('checkbox', { name: text.choices.feelings }).check();
    await expectNoAxeViolations(page, `the summary with the feelings included (${locale})`);
  });
}

test('a name, date of birth and appointment typed on the summary stay after a reload and print in the header', async ({
  page,
}, testInfo) => {
  const text = WORDS.en.summaryPage.details;
  const typed = { name: 'Ana María Example', dateOfBirth: '12 March 1984', appointment: '8 December at 2:30 pm' };
  await openSeededSummary(page, quiet(), 'en');
  await page.getByText(text.summary, { exact: true }).click();
  await page.getByRole('textbox', { name: text.name, exact: true }).fill(typed.name);
  await page.getByRole('textbox', { name: text.dateOfBirth, exact: true }).fill(typed.dateOfBirth);
  await page.getByRole('textbox', { name: text.appointment, exact: true }).fill(typed.appointment);

  await page.reload();
  await expectOnSummary(page, 'en');
  // Kept in this tab's storage, and the disclosure opens by itself when something is typed in it.
  const saved = await page.evaluate((key) => window.sessionStorage.getItem(key), STORAGE_KEY);
  expect(JSON.parse(saved ?? '{}')).toMatchObject({ details: typed });
  await expect(detailsDisclosure(page, 'en')).toHaveAttribute('open');
  await expect(page.getByRole('textbox', { name: text.name, exact: true })).toHaveValue(typed.name);
  await expect(page.getByRole('textbox', { name: text.dateOfBirth, exact: true })).toHaveValue(typed.dateOfBirth);
  await expect(page.getByRole('textbox', { name: text.appointment, exact: true })).toHaveValue(typed.appointment);

  const file = await printToPdf(page, testInfo, 'A4', 'summary-with-name');
  const printed = pdfText(file);
  expect(printed).toContain(`${text.name}: ${typed.name}`);
  expect(printed).toContain(`${text.dateOfBirth}: ${typed.dateOfBirth}`);
  expect(printed).toContain(`${text.appointment}: ${typed.appointment}`);
  // Once, in the header: the boxes themselves are not printed.
  expect(occurrences(printed, typed.name)).toBe(1);
  expect(printed).not.toContain(text.summary);
});

test('ticking "Include my answers about how I feel about my legs" prints that row and the point that rests on it', async ({
  page,
}, testInfo) => {
  const words = WORDS.en;
  const text = words.summaryPage;
  const feelings = text.aboutMe.rows.feelings;
  await openSeededSummary(page, COMPLEX_PERSON, 'en');
  const choices = page.getByRole('group', { name: text.choices.legend });
  const box = choices.getByRole('checkbox', { name: text.choices.feelings });
  await expect(choices.getByRole('checkbox', { name: text.choices.pregnancy })).toBeChecked();
  await expect(box).not.toBeChecked();
  const aboutMe = page.locator('dl.about-me');
  await expect(aboutMe.locator('dt', { hasText: feelings })).toHaveCount(0);
  const talk = page.locator('#point-talk-about-feelings');
  await expect(talk).toHaveClass(/\bno-print\b/);
  await expect(talk).toContainText(text.choices.withheld);

  const before = pdfText(await printToPdf(page, testInfo, 'A4', 'summary-feelings-left-out'));
  expect(before).not.toContain(feelings);
  expect(before).not.toContain(words.points['talk-about-feelings'].point);

  await box.check();
  await expect(aboutMe.locator('dt', { hasText: feelings })).toHaveCount(1);
  await expect(talk).not.toHaveClass(/\bno-print\b/);
  await expect(talk).not.toContainText(text.choices.withheld);
  expect((await listedPoints(page)).filter((point) => point.withheld)).toEqual([]);

  const after = pdfText(await printToPdf(page, testInfo, 'A4', 'summary-feelings-included'));
  const worry = words.pages.wellbeing.questions.worry;
  expect(after).toContain(`${feelings}: ${worry.shortLabel}: ${worry.options['quite-a-lot']}`);
  expect(occurrences(after, words.points['talk-about-feelings'].point)).toBe(1);

  // The choice is kept with the session, like the name.
  await page.reload();
  await expectOnSummary(page, 'en');
  await expect(page.getByRole('checkbox', { name: text.choices.feelings })).toBeChecked();
});

test('leaving out the answers about pregnancy takes them, and the points resting on them alone, off paper', async ({
  page,
}, testInfo) => {
  const words = WORDS.en;
  const text = words.summaryPage;
  await openSeededSummary(page, COMPLEX_PERSON, 'en');
  const pregnancyRow = text.aboutMe.rows.pregnancy;
  const laterPoint = words.points['pregnancy-later'].point;
  const before = pdfText(await printToPdf(page, testInfo, 'A4', 'summary-pregnancy-included'));
  expect(before).toContain(`${pregnancyRow}:`);
  expect(occurrences(before, laterPoint)).toBe(1);

  await page.getByRole('checkbox', { name: text.choices.pregnancy }).uncheck();
  await expect(page.locator('#point-pregnancy-later')).toHaveClass(/\bno-print\b/);
  const after = pdfText(await printToPdf(page, testInfo, 'A4', 'summary-pregnancy-left-out'));
  expect(after).not.toContain(`${pregnancyRow}:`);
  expect(occurrences(after, laterPoint)).toBe(0);
});

// The disclosure keeps the state the person gave it: were it tied to whether anything is typed,
// deleting the last character of the only box filled in would close it under the cursor.
test('clearing the name does not close the disclosure the person is typing in', async ({ page }) => {
  const text = WORDS.en.summaryPage.details;
  await openSeededSummary(page, quiet(), 'en');
  await page.getByText(text.summary, { exact: true }).click();
  const name = page.getByRole('textbox', { name: text.name, exact: true });
  await name.fill('A');
  await name.press('Backspace');
  await expect(detailsDisclosure(page, 'en')).toHaveAttribute('open', { timeout: 2_000 });
  await expect(name).toBeVisible({ timeout: 2_000 });
  await expect(name).toBeFocused({ timeout: 2_000 });
});
