import { expect, test } from '@playwright/test';
import { answerPage, choiceGroup, expectHeading } from './support/answer-page';
import { expectNoAxeViolations } from './support/axe';
import { HEADINGS, journey } from './support/journeys';
import { STEADY_AND_LOW_RISK } from './support/people';
import { startQuestionnaire, walkJourney } from './support/walk';

test('errors are summarised at the top, focused, linked to their fields, and pass axe', async ({ page }) => {
  await startQuestionnaire(page, { axe: false });

  // Nothing chosen on a page with two radio groups.
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page).toHaveTitle(/^Error: /);
  const links = summary.getByRole('link');
  await expect(links).toHaveText(['Select calves, ankles, or both', 'Select whether it is one leg or both legs']);
  const area = choiceGroup(page, 'Which area would you like to change?');
  await expect(area).toContainText('Error: Select calves, ankles, or both');
  await expectNoAxeViolations(page, 'the first page with its error summary');

  await links.nth(1).click();
  await expect(choiceGroup(page, 'Is it one leg or both?').getByRole('radio').first()).toBeFocused();
  await expect(page).toHaveURL(/#\/area$/);

  await answerPage(
    page,
    { 'Which area would you like to change?': 'My calves', 'Is it one leg or both?': 'Both legs' },
    HEADINGS.concerns,
    {
      axe: false,
    },
  );
  await expect(page).not.toHaveTitle(/^Error: /);

  // Text boxes: a height that is not a number.
  const visits = journey(STEADY_AND_LOW_RISK);
  await walkJourney(page, visits.slice(1), { axe: false, stopAt: 'body-size' });
  await page.getByRole('textbox', { name: 'Height (feet)', exact: true }).fill('five');
  await page.getByRole('textbox', { name: 'Weight (pounds)', exact: true }).fill('140');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter your height in feet as a whole number, like 5']);
  const feet = page.getByRole('textbox', { name: 'Height (feet)', exact: true });
  await expect(feet).toHaveAttribute('aria-invalid', 'true');
  await expect(feet).toHaveAccessibleDescription(/Enter your height in feet as a whole number, like 5/);
  await expectNoAxeViolations(page, 'the height and weight page with an error');

  await summary.getByRole('link').click();
  await expect(feet).toBeFocused();
  await feet.fill('5');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expectHeading(page, HEADINGS['weight-history']);
});
