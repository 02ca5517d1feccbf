import { expect, test } from '@playwright/test';
import { choiceGroup, expectHeading, pageHeading } from './support/answer-page';
import { expectNoAxeViolations } from './support/axe';
import { HEADINGS, INTRO_HEADING } from './support/journeys';

// A clinic that introduces the questionnaire on its own page turns the start page off (intro=false).

test('with the start page turned off, the first question has no Back link, and Start again returns to it', async ({
  page,
}) => {
  await page.goto('/?intro=false');
  await expectHeading(page, HEADINGS.area);
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the first question with no start page');

  const area = choiceGroup(page, 'Which area would you like to change?');
  await area.getByRole('radio', { name: 'My ankles', exact: true }).check();
  await choiceGroup(page, 'Is it one leg or both?').getByRole('radio', { name: 'Both legs', exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expectHeading(page, HEADINGS.concerns);

  // From the second question, Back goes to the first, answers kept.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expectHeading(page, HEADINGS.area);
  await expect(area.getByRole('radio', { name: 'My ankles', exact: true })).toBeChecked();

  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expectHeading(page, HEADINGS.area);
  await expect(pageHeading(page)).toBeFocused();
  await expect(area.getByRole('radio', { name: 'My ankles', exact: true })).not.toBeChecked();
  await expect(page.getByRole('heading', { name: INTRO_HEADING })).toHaveCount(0);
  // Nothing answered, nothing kept in the tab.
  await expect.poll(() => page.evaluate(() => window.sessionStorage.length)).toBe(0);

  // A link to the start page lands on the first question too.
  await page.goto('/?intro=false#/intro');
  await expectHeading(page, HEADINGS.area);
  await expect(page).toHaveURL(/#\/area$/);
});
