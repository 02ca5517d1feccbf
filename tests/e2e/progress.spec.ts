import { expect, test, type Page } from '@playwright/test';
import { GET_HELP_NOW, GET_HELP_TODAY, HEADINGS, journey, type Person } from './support/journeys';
import { expectNoHorizontalScroll } from './support/layout';
import { EVERY_PAGE, STEADY_AND_LOW_RISK } from './support/people';
import { startQuestionnaire, walkJourney } from './support/walk';

test.describe.configure({ mode: 'parallel' });

const PROGRESS = /^Question (\d+) of about (\d+) – \S/;

/** Walks a person's route, reading "Question n of about N" above each page's heading. */
async function walkReadingProgress(page: Page, person: Person) {
  const visits = journey(person);
  const seen: { position: number; total: number }[] = [];
  await startQuestionnaire(page, { axe: false });
  await walkJourney(page, visits, {
    axe: false,
    check: async (current, { heading }) => {
      // The get-help page an urgent answer leads to is not a question: it has no progress line.
      if (heading === GET_HELP_NOW || heading === GET_HELP_TODAY) return;
      const caption = await current.locator('.caption').textContent();
      // The options side by side asks nothing: it names its part and is not counted as a question.
      if (heading === HEADINGS.options) {
        expect(caption).toBe('Your decision');
        return;
      }
      const match = PROGRESS.exec(caption ?? '');
      expect(match, `progress caption "${caption}"`).not.toBeNull();
      seen.push({ position: Number(match?.[1]), total: Number(match?.[2]) });
    },
  });
  return { visits, seen };
}

// One walk, through every follow-up page; how the count follows each route is unit-tested
// (tests/unit/flow/route-progress.test.ts), so a second, shorter walk would add nothing seen here.
test('every question page says which question it is, one more each page (every follow-up page)', async ({ page }) => {
  const { visits, seen } = await walkReadingProgress(page, EVERY_PAGE);
  const questions = visits.filter(({ step }) => step !== 'options');
  expect(seen.map(({ position }) => position)).toEqual(questions.map((_visit, index) => index + 1));
  for (const { position, total } of seen) expect(total).toBeGreaterThanOrEqual(position);
  // Once no answer is left that could add or remove a page, the count is the number of questions on the route.
  expect(seen.at(-1)?.total).toBe(questions.length);
});

test('the progress is in Spanish too', async ({ page }) => {
  await startQuestionnaire(page, { axe: false });
  await page.getByRole('navigation').getByRole('button', { name: 'Español', exact: true }).click();
  await expect(page.locator('.caption')).toHaveText(/^Pregunta 1 de unas \d+ – Sus piernas$/);
});

test.describe('on a 390 px wide phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('switching units converts what was typed, there and back', async ({ page }) => {
    await startQuestionnaire(page, { axe: false });
    await walkJourney(page, journey(STEADY_AND_LOW_RISK), { axe: false, stopAt: 'body-size' });
    await page.getByRole('radio', { name: 'Feet, inches and pounds' }).check();
    await page.getByRole('textbox', { name: 'Height (feet)' }).fill('5');
    await page.getByRole('textbox', { name: 'Inches' }).fill('7');
    await page.getByRole('textbox', { name: 'Weight (pounds)' }).fill('150');

    await page.getByRole('radio', { name: 'Centimetres and kilograms' }).check();
    await expect(page.getByRole('textbox', { name: 'Height (centimetres)' })).toHaveValue('170');
    await expect(page.getByRole('textbox', { name: 'Weight (kilograms)' })).toHaveValue('68');
    await expect(page.getByText('Your BMI is')).toContainText('23.5');
    await expectNoHorizontalScroll(page, 'the height and weight page at 390 px, in metric units');

    await page.getByRole('radio', { name: 'Feet, inches and pounds' }).check();
    await expect(page.getByRole('textbox', { name: 'Height (feet)' })).toHaveValue('5');
    await expect(page.getByRole('textbox', { name: 'Inches' })).toHaveValue('7');
    await expect(page.getByRole('textbox', { name: 'Weight (pounds)' })).toHaveValue('150');
    await expectNoHorizontalScroll(page, 'the height and weight page at 390 px, in feet, inches and pounds');
  });
});
